import { describe, expect, it } from "vitest";
import { cartFrom, decodeCart, encodeCart, pairBytes, summarise, totalCents } from "./catalogue";

describe("the raw cookie cart", () => {
  it("should round-trip line items through the cookie value", () => {
    expect(encodeCart(["tea", "scone", "tea"])).toBe("tea.scone.tea");
    expect(decodeCart("tea.scone.tea")).toEqual(["tea", "scone", "tea"]);
    expect(decodeCart(undefined)).toEqual([]);
  });

  it("should find the cart among other cookies", () => {
    expect(cartFrom("theme=dark; cart=tea.jam; x=1")).toBe("tea.jam");
    expect(cartFrom("theme=dark")).toBeUndefined();
  });

  it("should count items and price them from the catalogue, keeping what a user typed in", () => {
    expect(summarise(["tea", "jam", "tea", "laptop"])).toEqual([
      { sku: "tea", name: "Tea", count: 2, known: true },
      { sku: "jam", name: "Jam", count: 1, known: true },
      { sku: "laptop", name: "laptop", count: 1, known: false },
    ]);
    expect(totalCents(["tea", "jam", "tea", "laptop"])).toBe(1425);
  });

  it("should grow by the bytes of each item added", () => {
    expect(pairBytes("cart", "tea")).toBe(8);
    expect(pairBytes("cart", "tea.scone")).toBe(14);
    expect(pairBytes("cart", undefined)).toBe(0);
  });
});
