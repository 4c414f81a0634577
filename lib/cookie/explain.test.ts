import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { REASON_CODES } from "./reasons";

const now = "2025-01-01T00:00:00Z";

describe("explain", () => {
  it("should default to a response from http://localhost/ and a request to the same URL", () => {
    const result = explain({ setCookie: "theme=dark", now });
    expect(result.cookieHeader).toBe("theme=dark");
    expect(result.cookies[0]).toMatchObject({ line: "theme=dark", name: "theme", value: "dark", stored: true });
    expect(result.cookies[0]?.steps.at(-1)).toBe("Sent to http://localhost/ (§5.8.3).");
  });

  it("should explain every attribute in a sentence with its effective value", () => {
    const [cookie] = explain({ setCookie: "sid=1; Max-Age=60; Expires=Wed, 01 Jan 2025 10:00:00 GMT; Path=/; HttpOnly", now }).cookies;
    expect(cookie?.attributes.map((a) => [a.name, a.effective, a.ignored ?? false])).toEqual([
      ["Max-Age", "60", false],
      ["Expires", "Wed, 01 Jan 2025 10:00:00 GMT", true],
      ["Path", "/", false],
      ["HttpOnly", "true", false],
    ]);
    expect(cookie?.attributes[0]?.explanation).toBe(
      "Max-Age=60 wins over Expires: the cookie is deleted 60 seconds (1 minute) after it was received, on Wed, 01 Jan 2025 00:01:00 GMT.",
    );
    for (const attribute of cookie?.attributes ?? []) expect(attribute.explanation).toMatch(/^[A-Z].*[.)]$/);
  });

  it("should give the reason code and a message naming the bad value when a cookie is refused", () => {
    const [cookie] = explain({ setCookie: "a=b; Domain=evil.example", url: "https://shop.example/", now }).cookies;
    expect(cookie).toMatchObject({ stored: false, reason: { code: "InvalidDomain" } });
    expect(cookie?.reason?.message).toContain('"evil.example"');
  });

  it("should refuse a __Host- cookie that has a Domain attribute, citing Chromium", () => {
    const [cookie] = explain({ setCookie: "__Host-id=1; Secure; Path=/; Domain=shop.example", url: "https://shop.example/", now }).cookies;
    expect(cookie?.reason?.code).toBe("InvalidPrefix");
    expect(cookie?.reason?.message).toContain("Chromium");
  });

  it("should store only Partitioned; Secure; SameSite=None cookies in a cross-site iframe with third-party cookies blocked", () => {
    const result = explain({
      setCookie: ["plain=1; Secure; SameSite=None", "chip=2; Secure; SameSite=None; Partitioned", "lax=3; Secure"],
      url: "https://widget.example/embed",
      now,
      context: { site: "cross-site", frame: "iframe", thirdPartyCookies: "blocked" },
    });
    expect(result.cookies.map((c) => [c.name, c.stored, c.reason?.code])).toEqual([
      ["plain", false, "ThirdPartyPhaseout"],
      ["chip", true, undefined],
      ["lax", false, "SameSiteUnspecifiedTreatedAsLax"],
    ]);
    expect(result.cookieHeader).toBe("chip=2");
  });

  describe("in a cross-site iframe", () => {
    const thirdParty = (setCookie: string[], thirdPartyCookies: "allowed" | "blocked") =>
      explain({ setCookie, url: "https://widget.example/embed", now, context: { site: "cross-site", frame: "iframe", thirdPartyCookies } }).cookies;

    it.each(["allowed", "blocked"] as const)(
      "should not warn that blocking browsers refuse a Partitioned cookie, since CHIPS keeps it (third-party cookies %s)",
      (mode) => {
        const [chip] = thirdParty(["chip=1; Secure; SameSite=None; Partitioned"], mode);
        expect(chip).toMatchObject({ stored: true });
        expect(chip?.warnings).toEqual([]);
        expect(chip?.steps.join(" ")).toContain("Partitioned in a third-party context: kept in a separate jar for the top-level site");
      },
    );

    it("should warn, browser by browser, what happens to a third-party cookie that is not Partitioned", () => {
      const [plain] = thirdParty(["plain=1; Secure; SameSite=None"], "allowed");
      expect(plain).toMatchObject({ stored: true });
      expect(plain?.warnings).toHaveLength(1);
      const [warning] = plain?.warnings ?? [];
      expect(warning).toContain("Chrome keeps it by default");
      expect(warning).toContain("Firefox keeps it only in a separate jar for this top-level site");
      expect(warning).toContain("Safari, or Chrome with third-party cookies blocked, refuses it");
    });

    it("should name the browsers that block third-party cookies when it refuses one", () => {
      const [plain] = thirdParty(["plain=1; Secure; SameSite=None"], "blocked");
      expect(plain?.reason?.code).toBe("ThirdPartyPhaseout");
      expect(plain?.reason?.message).toContain("as in Safari, and in Chrome's Incognito windows");
      expect(plain?.reason?.message).not.toContain("Firefox");
    });

    it.each(["allowed", "blocked"] as const)("should refuse Partitioned without Secure and say Partitioned needs Secure (third-party cookies %s)", (mode) => {
      const [chip] = thirdParty(["chip=1; SameSite=None; Partitioned"], mode);
      expect(chip).toMatchObject({ stored: false, reason: { code: "SameSiteNoneInsecure" } });
      expect(chip?.reason?.message).toContain("Partitioned needs Secure too");
    });
  });

  it("should store a cookie whose Path is over 1024 bytes, ignoring only that attribute", () => {
    const result = explain({
      setCookie: `a=1; Path=/${"p".repeat(1100)}; HttpOnly`,
      url: "http://localhost/shop/cart",
      requestUrl: "http://localhost/shop/list",
      now,
    });
    const [cookie] = result.cookies;
    expect(cookie).toMatchObject({ stored: true });
    expect(cookie?.attributes.map((a) => [a.name, a.ignored ?? false])).toEqual([
      ["Path", true],
      ["HttpOnly", false],
    ]);
    expect(cookie?.steps.join(" ")).toContain("the default path /shop");
    expect(result.cookieHeader).toBe("a=1");
  });

  it("should warn that only Chromium treats a cookie without SameSite as Lax, and not for its first 2 minutes on a POST", () => {
    const [cookie] = explain({ setCookie: "sid=1", now }).cookies;
    expect(cookie?.warnings.join(" ")).toContain(
      "Chromium treats the cookie as SameSite=Lax (but still sends it on cross-site top-level POSTs during its first 2 minutes)",
    );
    expect(cookie?.warnings.join(" ")).toContain("Firefox and Safari have no such default");
  });

  it("should refuse Partitioned without Secure on a top-level page too", () => {
    const [chip] = explain({ setCookie: "chip=1; Partitioned; SameSite=Lax", url: "https://shop.example/", now }).cookies;
    expect(chip).toMatchObject({ stored: false, reason: { code: "InvalidPartitioned" } });
  });

  it("should say when a stored cookie is replaced by a later line", () => {
    const result = explain({ setCookie: ["a=1", "a=2"], now });
    expect(result.cookies[0]?.steps.at(-1)).toContain("A later line replaced");
    expect(result.cookieHeader).toBe("a=2");
  });

  it("should say why a stored cookie is not sent to the request URL", () => {
    const result = explain({ setCookie: "a=1; Path=/admin", requestUrl: "http://localhost/shop", now });
    expect(result.cookieHeader).toBeNull();
    expect(result.cookies[0]?.steps.at(-1)).toContain("Not sent to http://localhost/shop");
  });

  it("should warn about nameless cookies and values servers may not read back", () => {
    const result = explain({ setCookie: ["lonely", "msg=hello world"], now });
    expect(result.cookies[0]?.warnings.join()).toContain("Nameless cookie");
    expect(result.cookies[1]?.warnings.join()).toContain("cookie-octet");
  });

  it("should explain deleting a cookie with Max-Age=0", () => {
    const result = explain({ setCookie: ["sid=1", "sid=; Max-Age=0"], now });
    expect(result.cookies[1]).toMatchObject({ stored: false, reason: { code: "Expired" } });
    expect(result.cookies[1]?.reason?.message).toContain("deletes the stored one");
    expect(result.cookieHeader).toBeNull();
  });

  it("should show the name of a line refused for a control character", () => {
    const [cookie] = explain({ setCookie: "sid=a\u0000b; Path=/", now }).cookies;
    expect(cookie).toMatchObject({ name: "sid", stored: false, reason: { code: "DisallowedCharacter" }, attributes: [] });
  });

  it("should accept now as a Date, an ISO string or epoch milliseconds alike", () => {
    const line = "a=1; Max-Age=10";
    const expected = explain({ setCookie: line, now: new Date(now) });
    expect(explain({ setCookie: line, now })).toEqual(expected);
    expect(explain({ setCookie: line, now: Date.parse(now) })).toEqual(expected);
  });

  it("should throw a TypeError naming a URL that cannot be parsed", () => {
    expect(() => explain({ setCookie: "a=1", url: "not a url" })).toThrow(/"not a url"/);
  });

  it("should only ever produce the documented reason codes", () => {
    const lines = ["a\u0001", "=", `a=${"x".repeat(5000)}`, "a=1; Domain=com", "a=1; Secure", "__Host-a=1", "a=1; SameSite=None", "a=1; Max-Age=0"];
    const codes = explain({ setCookie: lines, url: "http://shop.example/", now }).cookies.map((c) => c.reason?.code);
    for (const code of codes) expect(REASON_CODES).toContain(code);
  });

  it("should explain that Domain=localhost leaves the cookie host-only because localhost is a public suffix", () => {
    const [cookie] = explain({ setCookie: "a=1; Domain=localhost", now }).cookies;
    expect(cookie?.stored).toBe(true);
    expect(cookie?.attributes[0]?.explanation).toContain("stays host-only");
  });
});
