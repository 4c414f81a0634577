import { describe, expect, it } from "vitest";
import { cartFrom, crossingRow, crossingSentence, decodeCart, encodeCart, pairBytes, summarise, totalCents, type BytesRow } from "./catalogue";

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

describe("where the bytes lines cross", () => {
  const rows = (carts: number[], session = 54): BytesRow[] => carts.map((cart, i) => ({ n: i + 1, items: i + 1, cart, session }));

  it("should say a tiny raw cart is still the smaller one, not contradict the lesson", () => {
    expect(crossingRow(rows([8, 14, 18]))).toBeNull();
    expect(crossingSentence(rows([8, 14, 18]))).toBe(
      "So far the raw cart (18 B) is smaller than the session cookie (54 B): a tiny cart costs less in a cookie. It grows with every add, the ID does not; keep adding to see the lines cross.",
    );
  });

  it("should name the first row where the raw cart costs more", () => {
    const table = rows([8, 14, 50, 54, 58, 62]);
    expect(crossingRow(table)?.items).toBe(5);
    expect(crossingSentence(table)).toBe(
      "The lines cross at 5 items. Up to 4 items the raw cart was the smaller one; from 5 items on, the raw cart (58 B then, 62 B now) costs more on every request than the 54-byte session cookie, and the gap grows with each add.",
    );
  });

  it.each([
    ["no rows", []],
    ["no session cookie yet", rows([8, 14], 0)],
  ])("should say nothing with %s", (_, table) => {
    expect(crossingSentence(table)).toBe("");
  });
});
