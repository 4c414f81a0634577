import { describe, expect, it } from "vitest";
import { contrastRatio, ensureContrast } from "./contrast";

describe("ensureContrast", () => {
  it("should compute the WCAG ratio of black on white as 21", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });

  it.each([
    ["#6e7781", "#fafaf9"],
    ["#6a737d", "#1c1917"],
    ["#484f58", "#1c1917"],
  ])("should move %s far enough from %s to reach 4.6:1", (color, background) => {
    expect(contrastRatio(color, background)).toBeLessThan(4.6);
    expect(contrastRatio(ensureContrast(color, background), background)).toBeGreaterThanOrEqual(4.6);
  });

  it("should leave a colour that already contrasts enough untouched", () => {
    expect(ensureContrast("#1f2328", "#fafaf9")).toBe("#1f2328");
  });
});
