import { describe, expect, it } from "vitest";
import type { RequestContext } from "./context";
import { CookieJar } from "./jar";

const T0 = new Date("2025-01-01T00:00:00Z");

function jarAt(start = T0) {
  let now = start;
  const jar = new CookieJar({ now: () => now });
  return { jar, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

function verdict(line: string, url: string, context?: RequestContext) {
  return jarAt().jar.setCookie(line, url, context);
}

describe("CookieJar storage model (§5.7)", () => {
  it.each([
    ["a Domain that is not a parent of the host", "a=b; Domain=other.example", "https://shop.example/", "InvalidDomain"],
    ["a sibling Domain", "a=b; Domain=api.shop.example", "https://www.shop.example/", "InvalidDomain"],
    ["a public-suffix Domain", "a=b; Domain=com", "https://shop.com/", "InvalidDomain"],
    ["a private public suffix (github.io)", "a=b; Domain=github.io", "https://me.github.io/", "InvalidDomain"],
    ["a non-ASCII Domain", "a=b; Domain=bücher.example", "https://xn--bcher-kva.example/", "InvalidDomain"],
    ["a Domain on an IP address host", "a=b; Domain=0.0.1", "http://127.0.0.1/", "InvalidDomain"],
    ["Secure from plain http", "a=b; Secure", "http://shop.example/", "SecureOnly"],
    ["__Secure- without Secure", "__Secure-a=b", "https://shop.example/", "InvalidPrefix"],
    ["__secure- in lower case without Secure", "__secure-a=b", "https://shop.example/", "InvalidPrefix"],
    ["__Host- without Path=/", "__Host-a=b; Secure", "https://shop.example/", "InvalidPrefix"],
    ["__Host- with Path=/app", "__Host-a=b; Secure; Path=/app", "https://shop.example/", "InvalidPrefix"],
    ["__Host- with a Domain attribute", "__Host-a=b; Secure; Path=/; Domain=shop.example", "https://shop.example/", "InvalidPrefix"],
    ["a nameless cookie whose value looks like __Host-", "__Host-a; Secure; Path=/", "https://shop.example/", "InvalidPrefix"],
    ["SameSite=None without Secure", "a=b; SameSite=None", "https://shop.example/", "SameSiteNoneInsecure"],
    ["Partitioned without Secure", "a=b; Partitioned", "https://shop.example/", "InvalidPartitioned"],
  ])("should reject %s", (_label, line, url, code) => {
    const result = verdict(line, url);
    expect(result.stored).toBe(false);
    expect(result.reason?.code).toBe(code);
  });

  it.each([
    ["a __Host- cookie with Secure and Path=/", "__Host-a=b; Secure; Path=/", "https://shop.example/"],
    ["a __Secure- cookie with Secure", "__Secure-a=b; Secure; Domain=shop.example", "https://www.shop.example/"],
    ["a parent Domain", "a=b; Domain=shop.example", "https://www.shop.example/"],
    ["a Domain equal to an IP host", "a=b; Domain=127.0.0.1", "http://127.0.0.1/"],
    ["SameSite=None with Secure", "a=b; SameSite=None; Secure", "https://shop.example/"],
    ["Partitioned with Secure", "a=b; Partitioned; Secure; SameSite=None", "https://shop.example/"],
  ])("should accept %s", (_label, line, url) => {
    expect(verdict(line, url).stored).toBe(true);
  });

  it.each(["http://localhost:3000/", "http://127.0.0.1/", "http://app.localhost/", "http://[::1]/"])(
    "should accept Secure from %s, which Chrome and Firefox treat as a secure context, and warn that Safari does not",
    (url) => {
      const result = verdict("a=b; Secure", url);
      expect(result.stored).toBe(true);
      expect(result.warnings.join()).toContain("Chrome and Firefox treat");
      expect(result.warnings.join()).toContain("Safari does not");
    },
  );

  it("should make a cookie host-only when its Domain is a public suffix equal to the host", () => {
    const result = verdict("a=b; Domain=localhost", "http://localhost/");
    expect(result.cookie).toMatchObject({ hostOnly: true, domain: "localhost" });
  });

  it("should make a cookie host-only when its last Domain attribute is empty", () => {
    expect(verdict("a=b; Domain=shop.example; Domain=", "https://www.shop.example/").cookie).toMatchObject({ hostOnly: true, domain: "www.shop.example" });
  });

  it.each([
    ["Strict", "a=b; SameSite=Strict", "SameSiteStrict"],
    ["Lax", "a=b; SameSite=Lax", "SameSiteLax"],
    ["unspecified", "a=b", "SameSiteUnspecifiedTreatedAsLax"],
  ])("should refuse a SameSite %s cookie from a cross-site iframe", (_label, line, code) => {
    expect(verdict(line, "https://widget.example/", { site: "cross-site", frame: "iframe" }).reason?.code).toBe(code);
  });

  it("should accept a Lax cookie set by a cross-site top-level navigation", () => {
    expect(verdict("a=b; SameSite=Lax", "https://shop.example/", { site: "cross-site", frame: "top-level" }).stored).toBe(true);
  });

  it.each([
    ["a plain SameSite=None; Secure cookie", "a=b; SameSite=None; Secure", false],
    ["a Partitioned; Secure; SameSite=None cookie", "a=b; SameSite=None; Secure; Partitioned", true],
  ])("should store only partitioned cookies in a cross-site iframe with third-party cookies blocked: %s", (_label, line, stored) => {
    const result = verdict(line, "https://widget.example/", { site: "cross-site", frame: "iframe", thirdPartyCookies: "blocked" });
    expect(result.stored).toBe(stored);
    if (!stored) expect(result.reason?.code).toBe("ThirdPartyPhaseout");
  });

  it("should refuse HttpOnly from document.cookie", () => {
    expect(verdict("a=b; HttpOnly", "https://shop.example/", { api: "non-http" }).reason?.code).toBe("HttpOnlyFromScript");
  });

  it("should refuse to let document.cookie replace an HttpOnly cookie", () => {
    const { jar } = jarAt();
    jar.setCookie("sid=1; HttpOnly", "https://shop.example/");
    expect(jar.setCookie("sid=2", "https://shop.example/", { api: "non-http" }).reason?.code).toBe("OverwriteHttpOnly");
    expect(jar.cookieHeader("https://shop.example/")).toBe("sid=1");
  });

  it("should refuse to let an http page overwrite a Secure cookie of the same name", () => {
    const { jar } = jarAt();
    jar.setCookie("sid=secure; Secure; Domain=shop.example", "https://www.shop.example/");
    const result = jar.setCookie("sid=evil", "http://www.shop.example/");
    expect(result.reason?.code).toBe("OverwriteSecure");
    expect(jar.cookieHeader("https://www.shop.example/")).toBe("sid=secure");
  });

  it("should keep the creation time, and so the header position, when a cookie is replaced", () => {
    const { jar, advance } = jarAt();
    jar.setCookie("a=1", "https://shop.example/");
    advance(1000);
    jar.setCookie("b=2", "https://shop.example/");
    advance(1000);
    const replaced = jar.setCookie("a=3", "https://shop.example/");
    expect(replaced.cookie?.creationTime).toEqual(T0);
    expect(jar.cookieHeader("https://shop.example/")).toBe("a=3; b=2");
  });

  it("should delete a stored cookie when the same cookie arrives already expired", () => {
    const { jar } = jarAt();
    jar.setCookie("a=1; Path=/", "https://shop.example/");
    const result = jar.setCookie("a=; Max-Age=0; Path=/", "https://shop.example/");
    expect(result).toMatchObject({ stored: false, reason: { code: "Expired" } });
    expect(jar.all()).toEqual([]);
  });

  it("should drop a cookie once its Max-Age has passed on the injected clock", () => {
    const { jar, advance } = jarAt();
    jar.setCookie("a=1; Max-Age=60", "https://shop.example/");
    advance(59_000);
    expect(jar.cookieHeader("https://shop.example/")).toBe("a=1");
    advance(1_000);
    expect(jar.cookieHeader("https://shop.example/")).toBeNull();
  });

  it("should keep host-only and domain cookies of the same name apart", () => {
    const { jar } = jarAt();
    jar.setCookie("a=host", "https://shop.example/");
    jar.setCookie("a=domain; Domain=shop.example", "https://shop.example/");
    expect(jar.all()).toHaveLength(2);
  });
});

describe("CookieJar Cookie header (§5.8.3)", () => {
  it("should order longer paths first, then earlier creation", () => {
    const { jar, advance } = jarAt();
    for (const line of ["a=1; Path=/", "b=2; Path=/docs", "c=3; Path=/docs/api", "d=4; Path=/"]) {
      jar.setCookie(line, "https://shop.example/docs/api/x");
      advance(1);
    }
    expect(jar.cookieHeader("https://shop.example/docs/api/x")).toBe("c=3; b=2; a=1; d=4");
  });

  it("should send a nameless cookie as just its value and an empty value as name=", () => {
    const { jar } = jarAt();
    jar.setCookie("lonely", "https://shop.example/");
    jar.setCookie("empty=", "https://shop.example/");
    expect(jar.cookieHeader("https://shop.example/")).toBe("lonely; empty=");
  });

  it.each([
    ["a host-only cookie to a subdomain", "a=1", "https://shop.example/", "https://www.shop.example/", null],
    ["a domain cookie to a subdomain", "a=1; Domain=shop.example", "https://shop.example/", "https://www.shop.example/", "a=1"],
    ["a cookie to a path outside its Path", "a=1; Path=/docs", "https://shop.example/", "https://shop.example/docsearch", null],
    ["a cookie to a sub-path of its Path", "a=1; Path=/docs", "https://shop.example/", "https://shop.example/docs/x", "a=1"],
    ["a Secure cookie over plain http", "a=1; Secure", "https://shop.example/", "http://shop.example/", null],
    ["a cookie to another port of the same host", "a=1", "https://shop.example/", "https://shop.example:8443/", "a=1"],
  ])("should decide about %s", (_label, line, from, to, header) => {
    const { jar } = jarAt();
    jar.setCookie(line, from);
    expect(jar.cookieHeader(to)).toBe(header);
  });

  it.each([
    ["Strict", "top-level", "GET", null],
    ["Lax", "top-level", "GET", "a=1"],
    ["Lax", "top-level", "POST", null],
    ["Lax", "iframe", "GET", null],
    ["None", "iframe", "POST", "a=1"],
  ])("should decide whether a SameSite=%s cookie goes on a cross-site %s %s", (sameSite, frame, method, header) => {
    const { jar } = jarAt();
    jar.setCookie(`a=1; Secure; SameSite=${sameSite}`, "https://shop.example/");
    expect(jar.cookieHeader("https://shop.example/", { site: "cross-site", frame: frame as "top-level" | "iframe", method })).toBe(header);
  });

  it("should send a cookie without SameSite on a cross-site top-level POST only during its first 2 minutes (Chromium)", () => {
    const { jar, advance } = jarAt();
    jar.setCookie("a=1", "https://shop.example/");
    const crossSitePost = { site: "cross-site", frame: "top-level", method: "POST" } as const;
    expect(jar.cookieHeader("https://shop.example/", crossSitePost)).toBe("a=1");
    advance(2 * 60 * 1000);
    expect(jar.cookieHeader("https://shop.example/", crossSitePost)).toBeNull();
  });

  it("should say why a cookie is not sent", () => {
    const { jar } = jarAt();
    const { cookie } = jar.setCookie("a=1; Path=/docs", "https://shop.example/");
    expect(jar.whyNotSent(cookie!, "https://shop.example/blog")).toContain("not inside the cookie's path /docs");
  });
});
