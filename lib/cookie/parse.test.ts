import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EARLIEST_DATE } from "./attributes";
import { expiryOf, lastOf, MAX_LISTED_ATTRIBUTES, parseSetCookie, trimWsp, type ParsedSetCookie } from "./parse";

const now = new Date("2025-01-01T00:00:00Z");
const DAY = 86_400_000;

function parsed(line: string, requestPath = "/"): ParsedSetCookie & { steps: string[] } {
  const result = parseSetCookie(line, { now, requestPath });
  if (!result.ok) throw new Error(`expected ${JSON.stringify(line)} to parse: ${result.reason.message}`);
  return { ...result.cookie, steps: result.steps };
}

describe("parseSetCookie: the name-value pair (§5.6)", () => {
  it.each([
    ["foo=bar", "foo", "bar"],
    ["  foo \t=\t bar  ", "foo", "bar"],
    ["foo=bar=baz", "foo", "bar=baz"],
    ['foo="bar;baz"', "foo", '"bar'],
    ["foo", "", "foo"],
    ["=foo", "", "foo"],
    ["foo=", "foo", ""],
    ["foo bar=baz qux", "foo bar", "baz qux"],
    ["ключ=значение", "ключ", "значение"],
  ])("should read %j as name %j and value %j", (line, name, value) => {
    expect(parsed(line)).toMatchObject({ name, value });
  });

  it.each([
    ["a=b\u0000c", "U+0000"],
    ["a=b\rc", "U+000D"],
    ["a=b\nSet-Cookie: evil=1", "U+000A"],
    ["a=b; Path=/\u007f", "U+007F"],
  ])("should reject %j because it contains a control character", (line, char) => {
    const result = parseSetCookie(line, { now });
    expect(result).toMatchObject({ ok: false, reason: { code: "DisallowedCharacter" } });
    expect(result.ok || result.reason.message).toContain(char);
    expect(result.steps.join()).toContain("Line rejected: contains a control character");
  });

  it("should accept a horizontal tab, which is not a disallowed control character", () => {
    expect(parsed("a=\tb\t")).toMatchObject({ name: "a", value: "b" });
  });

  it.each([
    ["an empty line", "NoCookieContent", ""],
    ["a lone '='", "NoCookieContent", "="],
    ["only attributes", "NoCookieContent", "  ;  Path=/"],
    ["4097 octets of name and value", "NameValuePairExceedsMaxSize", `a=${"x".repeat(4096)}`],
    ["2048 two-byte characters plus a name", "NameValuePairExceedsMaxSize", `a=${"é".repeat(2048)}`],
  ])("should reject a line with %s as %s", (_label, code, line) => {
    expect(parseSetCookie(line, { now })).toMatchObject({ ok: false, reason: { code } });
  });

  it("should accept a name and value of exactly 4096 octets", () => {
    expect(parsed(`a=${"x".repeat(4095)}`).value).toHaveLength(4095);
  });

  it("should record that a line without '=' becomes a nameless cookie", () => {
    expect(parsed("justavalue").steps.join("\n")).toContain("Nameless cookie");
  });
});

describe("parseSetCookie: attributes (§5.6.1-5.6.7)", () => {
  it("should match attribute names case-insensitively", () => {
    const list = parsed("a=b; sEcUrE; HTTPONLY; path=/x; DOMAIN=Example.COM; samesite=STRICT").attributeList;
    expect(list.map((a) => a.key)).toEqual(["Secure", "HttpOnly", "Path", "Domain", "SameSite"]);
    expect(lastOf(list, "Domain")?.value).toBe("example.com");
    expect(lastOf(list, "SameSite")?.value).toBe("Strict");
  });

  it("should let the last Path win and mark the earlier one as overridden", () => {
    const cookie = parsed("a=b; Path=/one; Path=/two");
    expect(lastOf(cookie.attributeList, "Path")?.value).toBe("/two");
    expect(cookie.attributes[0]).toMatchObject({ ignored: true, explanation: expect.stringContaining("later Path") });
    expect(cookie.steps.join("\n")).toContain("Last Path wins");
  });

  it.each([
    ["a=b; Path=relative", "/docs"],
    ["a=b; Path=", "/docs"],
    ["a=b; Path", "/docs"],
  ])("should fall back to the default path for %j", (line, path) => {
    expect(lastOf(parsed(line, "/docs/page").attributeList, "Path")?.value).toBe(path);
  });

  it.each([
    ["Max-Age=60", now.getTime() + 60_000],
    ["Max-Age=0", EARLIEST_DATE.getTime()],
    ["Max-Age=-5", EARLIEST_DATE.getTime()],
    ["Max-Age=99999999999", now.getTime() + 400 * DAY],
    ["Expires=Wed, 01 Jan 2025 00:01:00 GMT", now.getTime() + 60_000],
    ["Expires=Fri, 01 Jan 2100 00:00:00 GMT", now.getTime() + 400 * DAY],
    ["Expires=Wed, 01 Jan 2025 00:01:00 GMT; Max-Age=10", now.getTime() + 10_000],
    ["Max-Age=10; Expires=Wed, 01 Jan 2025 00:01:00 GMT", now.getTime() + 10_000],
  ])("should compute the expiry of %j, applying the 400-day cap", (attrs, expiry) => {
    expect(expiryOf(parsed(`a=b; ${attrs}`).attributeList)?.getTime()).toBe(expiry);
  });

  it.each(["Max-Age=", "Max-Age=2.5", "Max-Age=50,399", "Max-Age=+5", "Max-Age=-", "Max-Age=1e3", "Expires=soon", "Expires="])(
    "should ignore the invalid %j and keep a session cookie",
    (attr) => {
      const cookie = parsed(`a=b; ${attr}`);
      expect(expiryOf(cookie.attributeList)).toBeNull();
      expect(cookie.attributes[0]).toMatchObject({ ignored: true, effective: null });
    },
  );

  it("should keep an earlier valid Max-Age when a later one is not a number", () => {
    expect(expiryOf(parsed("a=b; Max-Age=60; Max-Age=abc").attributeList)?.getTime()).toBe(now.getTime() + 60_000);
  });

  it("should explain that Max-Age wins over Expires", () => {
    const cookie = parsed("a=b; Max-Age=60; Expires=Wed, 01 Jan 2025 10:00:00 GMT");
    expect(cookie.attributes[0]?.explanation).toMatch(/^Max-Age=60 wins over Expires: the cookie is deleted 60 seconds/);
    expect(cookie.attributes[1]).toMatchObject({ ignored: true });
  });

  it("should say the 400-day cap was applied", () => {
    expect(parsed("a=b; Max-Age=999999999").attributes[0]?.explanation).toContain("400 days");
  });

  it("should ignore an attribute value longer than 1024 octets without rejecting the cookie", () => {
    const cookie = parsed(`a=b; Path=/${"p".repeat(1024)}; Secure`);
    expect(cookie.attributes[0]).toMatchObject({ ignored: true, explanation: expect.stringContaining("1024") });
    expect(lastOf(cookie.attributeList, "Path")).toBeUndefined();
    expect(lastOf(cookie.attributeList, "Secure")).toBeDefined();
  });

  it.each([
    ["SameSite=lax", "Lax"],
    ["SameSite=None", "None"],
    ["SameSite=Strict; SameSite=bogus", "Default"],
    ["SameSite", "Default"],
  ])("should read %j as SameSite %s, letting the last one win", (attr, value) => {
    expect(lastOf(parsed(`a=b; ${attr}`).attributeList, "SameSite")?.value).toBe(value);
  });

  it.each([
    ["Domain=.Example.org", "example.org"],
    ["Domain=", ""],
    ["Domain=example.org; Domain=", ""],
  ])("should read %j as the domain %j", (attr, domain) => {
    expect(lastOf(parsed(`a=b; ${attr}`).attributeList, "Domain")?.value).toBe(domain);
  });

  it.each(["Version=1", "Comment=hi", '"Secure"', "Secure qux", "Priority=High", "foo"])("should ignore the unknown attribute %j", (attr) => {
    const cookie = parsed(`a=b; ${attr}`);
    expect(cookie.attributeList).toEqual([]);
    expect(cookie.attributes).toHaveLength(1);
    expect(cookie.attributes[0]?.ignored).toBe(true);
  });

  it("should turn Secure on even when written Secure=no", () => {
    const cookie = parsed("a=b; Secure=no");
    expect(lastOf(cookie.attributeList, "Secure")).toBeDefined();
    expect(cookie.attributes[0]?.explanation).toContain('"no" is ignored');
  });

  it("should skip empty attributes between semicolons", () => {
    expect(parsed("a=b;;; ;Secure;").attributes.map((a) => a.name)).toEqual(["Secure"]);
  });

  it("should list at most 64 attributes but still let the last of thousands win", () => {
    const cookie = parsed(`a=b${"; Path=/x".repeat(800)}; Path=/last; Secure`);
    expect(cookie.attributes).toHaveLength(MAX_LISTED_ATTRIBUTES);
    expect(lastOf(cookie.attributeList, "Path")?.value).toBe("/last");
    expect(lastOf(cookie.attributeList, "Secure")).toBeDefined();
    expect(cookie.steps.join("\n")).toContain("738 more attributes were processed");
    expect(cookie.steps.length).toBeLessThan(3 * MAX_LISTED_ATTRIBUTES);
  });
});

describe("trimWsp", () => {
  it("should strip spaces and tabs at both ends only, as the spec's WSP trim does", () => {
    const wspOrNot = fc.array(fc.constantFrom(" ", "\t", "a", "b", "\n", "\u00a0", "="), { maxLength: 40 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(wspOrNot, (s) => {
        // The spec's definition, as a regex: fine on these short strings, quadratic on long inner runs.
        expect(trimWsp(s)).toBe(s.replace(/^[ \t]+|[ \t]+$/g, ""));
      }),
    );
  });

  it("should keep an inner run of spaces whole", () => {
    const inner = " ".repeat(8189);
    expect(trimWsp(`  a${inner}b \t`)).toBe(`a${inner}b`);
    expect(trimWsp(inner)).toBe("");
  });
});
