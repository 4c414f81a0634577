import { describe, expect, it } from "vitest";
import { isPublicSuffix } from "./public-suffix";
import { defaultPath, domainMatch, isSecureUrl, pathMatch } from "./url-match";

describe("defaultPath (§5.1.4)", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["/cart", "/"],
    ["/shop/cart", "/shop"],
    ["/shop/cart/", "/shop/cart"],
    ["no-slash", "/"],
  ])("should turn the request path %j into %j", (path, expected) => {
    expect(defaultPath(path)).toBe(expected);
  });
});

describe("pathMatch (§5.1.4)", () => {
  it.each([
    ["/docs", "/docs", true],
    ["/docs/a", "/docs", true],
    ["/docs/a", "/docs/", true],
    ["/docsearch", "/docs", false],
    ["/doc", "/docs", false],
    ["/Docs", "/docs", false],
    ["/f%6Fo", "/foo", false],
  ])("should say whether %j is inside the cookie path %j: %s", (requestPath, cookiePath, expected) => {
    expect(pathMatch(requestPath, cookiePath)).toBe(expected);
  });
});

describe("domainMatch (§5.1.3)", () => {
  it.each([
    ["example.org", "example.org", true],
    ["www.example.org", "example.org", true],
    ["badexample.org", "example.org", false],
    ["example.org", "www.example.org", false],
    ["1.2.3.4", "2.3.4", false],
    ["1.2.3.4", "1.2.3.4", true],
  ])("should say whether host %j domain-matches %j: %s", (host, domain, expected) => {
    expect(domainMatch(host, domain)).toBe(expected);
  });
});

describe("isPublicSuffix", () => {
  it.each([
    ["com", true],
    ["co.uk", true],
    ["github.io", true],
    ["org.", true],
    ["example.org", false],
    ["127.0.0.1", false],
    ["", false],
  ])("should say whether %j is a public suffix: %s", (domain, expected) => {
    expect(isPublicSuffix(domain)).toBe(expected);
  });
});

describe("isSecureUrl", () => {
  it.each([
    ["https://example.org/", true],
    ["http://example.org/", false],
    ["http://localhost:3000/", true],
    ["http://app.localhost/", true],
    ["http://127.0.0.2/", true],
    ["http://[::1]/", true],
    ["http://localhost.example.org/", false],
  ])("should say whether %j is a secure context for cookies: %s", (url, expected) => {
    expect(isSecureUrl(new URL(url))).toBe(expected);
  });
});
