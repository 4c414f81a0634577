import { describe, expect, it } from "vitest";
import { ATTACKER_PAGE_HEADERS, EMBED_HEADERS, PAGE_HEADERS, SECURITY_HEADER_RULES, securityHeadersFor, withoutTrailingSlash } from "./security-headers";

describe("withoutTrailingSlash", () => {
  it.each([
    ["/learn/", "/learn"],
    ["/api/cookies//", "/api/cookies"],
    ["/embed/x/", "/embed/x"],
    ["//evil.example/", "/evil.example"],
    ["/\\evil.example/", "/evil.example"],
    ["//", "/"],
  ])("should redirect %s to %s, a path on this site", (path, target) => {
    expect(withoutTrailingSlash(path)).toBe(target);
  });

  it.each(["/", "/learn", "/api/cookies"])("should leave %s alone", (path) => {
    expect(withoutTrailingSlash(path)).toBeNull();
  });
});

describe("securityHeadersFor", () => {
  it("should give embed paths their frame-ancestors * variant and every other path the DENY one, as next.config's rules do", () => {
    expect(securityHeadersFor("/embed/x")).toBe(EMBED_HEADERS);
    expect(securityHeadersFor("/embed")).toBe(EMBED_HEADERS);
    expect(securityHeadersFor("/embedded")).toBe(PAGE_HEADERS);
    expect(securityHeadersFor("/api/cookies")).toBe(PAGE_HEADERS);
    expect(SECURITY_HEADER_RULES.map((r) => r.headers)).toEqual([PAGE_HEADERS, EMBED_HEADERS, ATTACKER_PAGE_HEADERS]);
    expect(EMBED_HEADERS.find((h) => h.key === "Content-Security-Policy")?.value).toMatch(/frame-ancestors \*$/);
    expect(PAGE_HEADERS).toContainEqual({ key: "X-Frame-Options", value: "DENY" });
  });

  it("should leave the CSP of the CSRF demo's attacker page to the page, which names its one form target, and no other path", () => {
    expect(securityHeadersFor("/api/csrf/attacker")).toBe(ATTACKER_PAGE_HEADERS);
    expect(ATTACKER_PAGE_HEADERS.map((h) => h.key)).not.toContain("Content-Security-Policy");
    expect(securityHeadersFor("/api/csrf/attacker2")).toBe(PAGE_HEADERS);
    expect(securityHeadersFor("/api/csrf")).toBe(PAGE_HEADERS);
  });
});
