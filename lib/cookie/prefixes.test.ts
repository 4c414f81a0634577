/**
 * The four cookie name prefixes as the explainer applies them. The rules are those of the cookie
 * drafts (RFC 6265bis §5.7 for __Secure- and __Host-; draft-ietf-httpbis-layered-cookies "Store a
 * Cookie" for __Http- and __Host-Http-), each matched on the byte-lowercased name.
 */
import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { CookieJar } from "./jar";
import type { RequestContext } from "./context";

const now = "2026-12-01T00:00:00Z";
const HTTPS = "https://shop.example/";

function verdict(line: string, context?: RequestContext, url = HTTPS) {
  const [cookie] = explain({ setCookie: line, url, now, ...(context ? { context } : {}) }).cookies;
  return { stored: cookie?.stored, code: cookie?.reason?.code, message: cookie?.reason?.message ?? "" };
}

describe("the __Http- prefix", () => {
  it("should store a cookie with Secure and HttpOnly, whatever its Path and Domain", () => {
    expect(verdict("__Http-id=1; Secure; HttpOnly; Path=/").stored).toBe(true);
    expect(verdict("__Http-id=1; Secure; HttpOnly; Path=/cart").stored).toBe(true);
    expect(verdict("__Http-id=1; Secure; HttpOnly; Domain=shop.example; Path=/").stored).toBe(true);
  });

  it("should refuse it without HttpOnly, naming the rule and the browsers that enforce it", () => {
    const v = verdict("__Http-a=1; Secure; Path=/");
    expect(v).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(v.message).toContain("__Http-");
    expect(v.message).toContain("HttpOnly");
    expect(v.message).toContain("Chrome 140+ and Firefox 142+");
    expect(v.message).toContain("December 2026");
  });

  it("should refuse it without Secure", () => {
    const v = verdict("__Http-a=1; HttpOnly; Path=/");
    expect(v).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(v.message).toContain("Secure");
    expect(v.message).toContain("Chrome 140+ and Firefox 142+");
  });

  it.each(["__http-a", "__HTTP-a", "__hTtP-a"])("should match %s case-insensitively, as the draft's byte-lowercased name does", (name) => {
    const v = verdict(`${name}=1; Secure; Path=/`);
    expect(v).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(v.message).toContain("any letter case");
    expect(verdict(`${name}=1; Secure; HttpOnly; Path=/`).stored).toBe(true);
  });

  it("should not treat a name that only contains __Http- later on as prefixed", () => {
    expect(verdict("x__Http-a=1; Path=/").stored).toBe(true);
    expect(verdict("__Httpa=1; Path=/").stored).toBe(true);
  });
});

describe("the __Host-Http- prefix", () => {
  it("should store a cookie with Secure, HttpOnly, Path=/ and no Domain", () => {
    expect(verdict("__Host-Http-sid=1; Secure; HttpOnly; Path=/").stored).toBe(true);
  });

  it.each([
    ["no HttpOnly", "__Host-Http-sid=1; Secure; Path=/", "HttpOnly"],
    ["no Secure", "__Host-Http-sid=1; HttpOnly; Path=/", "Secure"],
    ["a Path other than /", "__Host-Http-sid=1; Secure; HttpOnly; Path=/cart", 'not "/cart"'],
    ["no Path attribute", "__Host-Http-sid=1; Secure; HttpOnly", "Path=/"],
    ["a Domain", "__Host-Http-sid=1; Secure; HttpOnly; Path=/; Domain=shop.example", "Domain"],
  ])("should refuse it with %s, naming __Host-Http- and the rule", (_label, line, rule) => {
    const v = verdict(line);
    expect(v).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(v.message).toContain("__Host-Http-");
    expect(v.message).toContain(rule);
    expect(v.message).toContain("Chrome 140+ and Firefox 143+");
  });

  it("should match __host-http- and __HOST-HTTP- in any letter case", () => {
    expect(verdict("__host-http-sid=1; Secure; Path=/")).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(verdict("__HOST-HTTP-sid=1; Secure; Path=/")).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(verdict("__HOST-HTTP-sid=1; Secure; HttpOnly; Path=/").stored).toBe(true);
  });
});

describe("the older prefixes, unchanged", () => {
  it("should still let __Secure- and __Host- cookies go without HttpOnly", () => {
    expect(verdict("__Secure-a=1; Secure").stored).toBe(true);
    expect(verdict("__Host-a=1; Secure; Path=/").stored).toBe(true);
  });

  it("should still refuse __Host- with a Domain and __Secure- without Secure, in any case", () => {
    expect(verdict("__host-a=1; Secure; Path=/; Domain=shop.example").code).toBe("InvalidPrefix");
    expect(verdict("__SECURE-a=1").code).toBe("InvalidPrefix");
  });
});

describe("a nameless cookie whose value looks prefixed", () => {
  it.each(["__Http-a", "__host-http-a", "__HTTP-x"])("should refuse the value %s, which would pass for a prefixed cookie", (value) => {
    expect(verdict(`${value}; Secure; HttpOnly; Path=/`)).toMatchObject({ stored: false, code: "InvalidPrefix" });
  });
});

describe("document.cookie and the HTTP-only prefixes", () => {
  const script: RequestContext = { api: "non-http" };

  it.each([
    "__Http-a=1; Secure; Path=/",
    "__Http-a=1; Secure; HttpOnly; Path=/",
    "__Host-Http-a=1; Secure; Path=/",
    "__Host-Http-a=1; Secure; HttpOnly; Path=/",
    "__http-a=1; Secure; Path=/",
  ])("should refuse %s from a script whatever its attributes, saying only a server may set it", (line) => {
    const v = verdict(line, script);
    expect(v).toMatchObject({ stored: false, code: "InvalidPrefix" });
    expect(v.message).toContain("document.cookie");
    // Firefox 142 enforces __Http-, Firefox 143 __Host-Http-.
    expect(v.message).toMatch(line.toLowerCase().startsWith("__host-http-") ? /Chrome 140\+ and Firefox 143\+/ : /Chrome 140\+ and Firefox 142\+/);
  });

  it("should still let a script set __Secure- and __Host- cookies", () => {
    expect(verdict("__Secure-a=1; Secure", script).stored).toBe(true);
    expect(verdict("__Host-a=1; Secure; Path=/", script).stored).toBe(true);
  });

  it("should not let a script delete an __Http- cookie either: the server's cookie stays", () => {
    const jar = new CookieJar({ now: () => new Date(now) });
    expect(jar.setCookie("__Http-a=1; Secure; HttpOnly; Path=/", HTTPS).stored).toBe(true);
    const deletion = jar.setCookie("__Http-a=; Secure; Path=/; Max-Age=0", HTTPS, script);
    expect(deletion.reason?.code).toBe("InvalidPrefix");
    expect(jar.cookieHeader(HTTPS)).toBe("__Http-a=1");
  });
});
