import { describe, expect, it } from "vitest";
import { embedderOrigin, isCrossSite, siteOf } from "./site";

describe("siteOf", () => {
  it.each([
    ["https://www.example.co.uk:8443", "https://example.co.uk"],
    ["http://localhost:3000", "http://localhost"],
    ["http://127.0.0.1:4000", "http://127.0.0.1"],
    ["https://lab.github.io", "https://lab.github.io"],
    ["not a url", null],
  ])("should take the site of %s as %s", (origin, site) => {
    expect(siteOf(origin)).toBe(site);
  });
});

describe("isCrossSite", () => {
  it.each([
    ["http://localhost:3000", "http://localhost:4000", false],
    ["https://lab.example.com", "https://lms.example.com", false],
    ["http://localhost:3000", "http://127.0.0.1:3000", true],
    ["https://lab.example.com", "http://lab.example.com", true],
    ["https://lab.example.com", "https://lms.example.org", true],
    ["https://a.github.io", "https://b.github.io", true],
    ["https://lab.example.com", null, true],
  ])("should say a page of %s framed by %s is cross-site: %s", (self, embedder, cross) => {
    expect(isCrossSite(self, embedder)).toBe(cross);
  });
});

describe("embedderOrigin", () => {
  it("should take the top-most ancestor origin when the browser lists them", () => {
    expect(embedderOrigin({ ancestorOrigins: ["https://parent.example", "https://top.example"], referrer: "https://parent.example/page" })).toBe(
      "https://top.example",
    );
  });

  it("should fall back to the referrer's origin, then to unknown", () => {
    expect(embedderOrigin({ referrer: "https://lms.example.org/course/1?x=y" })).toBe("https://lms.example.org");
    expect(embedderOrigin({ ancestorOrigins: [], referrer: "" })).toBeNull();
    expect(embedderOrigin({ referrer: "::" })).toBeNull();
  });
});
