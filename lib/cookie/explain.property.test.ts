import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { isHttpOnlyPrefixed } from "./prefixes";

const now = "2025-01-01T00:00:00Z";

/** Lines built from the pieces that matter to the parser, so the generator reaches the interesting paths. */
const cookieish = fc
  .array(
    fc.oneof(
      fc.constantFrom(";", "=", " ", "\t", '"', ",", "\r", "\n", "\u0000", "\u007f", "é", "😀", "__Host-", "__Secure-", "__Http-", "__Host-Http-", "__http-"),
      fc.constantFrom("Path=/", "Domain=localhost", "Domain=com", "Secure", "HttpOnly", "SameSite=None", "SameSite=Lax", "Partitioned"),
      fc.constantFrom("Max-Age=0", "Max-Age=60", "Max-Age=-1", "Max-Age=99999999999", "Expires=Wed, 21 Oct 2099 07:28:00 GMT"),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(""));

const anyLine = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }), cookieish);

const context = fc.record(
  {
    site: fc.constantFrom("same-site", "cross-site"),
    frame: fc.constantFrom("top-level", "iframe"),
    method: fc.constantFrom("GET", "POST"),
    thirdPartyCookies: fc.constantFrom("blocked", "allowed"),
  },
  { requiredKeys: [] },
);

const url = fc.constantFrom("http://localhost/", "https://shop.example/a/b", "http://127.0.0.1:3000/x", "http://sub.shop.example/");

describe("explain on arbitrary input", () => {
  it("should never throw and never put CR, LF or NUL in the Cookie header", () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 10 }), url, url, context, (setCookie, from, to, ctx) => {
        const result = explain({ setCookie, url: from, requestUrl: to, now, context: ctx });
        expect(result.cookies).toHaveLength(setCookie.length);
        expect(result.cookieHeader ?? "").not.toMatch(/[\r\n\0]/);
      }),
      { numRuns: 500 },
    );
  });

  it("should store a cookie only if it comes back with a reason-free, explained result", () => {
    fc.assert(
      fc.property(fc.array(cookieish, { maxLength: 10 }), (setCookie) => {
        for (const cookie of explain({ setCookie, now }).cookies) {
          expect(cookie.stored).toBe(cookie.reason === undefined);
          for (const attribute of cookie.attributes) expect(attribute.explanation).not.toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("should store an __Http- or __Host-Http- cookie only when its line has Secure and HttpOnly", () => {
    const has = (attributes: { name: string; ignored?: boolean }[], name: string) => attributes.some((a) => a.name.toLowerCase() === name && !a.ignored);
    fc.assert(
      fc.property(fc.array(cookieish, { maxLength: 10 }), url, (setCookie, from) => {
        for (const cookie of explain({ setCookie, url: from, now }).cookies) {
          if (!cookie.stored || !isHttpOnlyPrefixed(cookie.name)) continue;
          expect(has(cookie.attributes, "secure") && has(cookie.attributes, "httponly")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  // How fast this runs is measured in bench/explain.bench.ts, not asserted here.
  it("should give each of 50 random lines of up to 1000 characters its own verdict", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cookieish, fc.string({ unit: "grapheme", maxLength: 1000 })), { minLength: 50, maxLength: 50 }), (setCookie) => {
        expect(explain({ setCookie, now }).cookies).toHaveLength(50);
      }),
      { numRuns: 20 },
    );
  });
});
