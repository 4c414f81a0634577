import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSetCookie, CookieSyntaxError } from "./build";
import { explain } from "./explain";

const anyText = fc.string({ unit: "binary", maxLength: 80 });

describe("buildSetCookie with random input", () => {
  it("should either write one clean header line or refuse with a CookieSyntaxError", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText, { nil: undefined }), fc.option(anyText, { nil: undefined }), (name, value, path, domain) => {
        let line: string;
        try {
          line = buildSetCookie({ name, value, path, domain, httpOnly: true });
        } catch (err) {
          expect(err).toBeInstanceOf(CookieSyntaxError);
          return;
        }
        expect(line).not.toMatch(/[\r\n\u0000]/);
        // What it wrote reads back, through the browser's algorithm, as exactly the cookie asked for.
        const [cookie] = explain({ setCookie: line, url: "https://example.com/", now: 0 }).cookies;
        expect(cookie?.name).toBe(name);
        expect(cookie?.value).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
