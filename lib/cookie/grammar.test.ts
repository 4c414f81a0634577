import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { octets } from "./grammar";

describe("octets", () => {
  it.each([
    ["", 0],
    ["theme=dark", 10],
    ["café", 5],
    ["€", 3],
    ["🍪", 4],
    ["\uD83C", 3], // a lone high surrogate is sent as U+FFFD
    ["\uDF6A x", 5], // a lone low surrogate too
  ])("should count %j as %i UTF-8 octets", (s, n) => {
    expect(octets(s)).toBe(n);
  });

  it("should agree with TextEncoder on any string, surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => octets(s) === new TextEncoder().encode(s).length),
      { numRuns: 2000 },
    );
  });
});
