import { parseCookieHeader } from "@/lib/cookie/cookie-header";

/** The shop's items, and the raw-cookie cart's format. Pure: no React, no fetch. */

export const CATALOGUE = [
  { sku: "tea", name: "Tea", cents: 450 },
  { sku: "scone", name: "Scone", cents: 300 },
  { sku: "jam", name: "Jam", cents: 525 },
] as const;

export type Sku = (typeof CATALOGUE)[number]["sku"];

export const CART_COOKIE = "cart";

/**
 * The raw cart is one line item per add, SKUs joined by "." (cookie-octets only, RFC 6265 §4.1.1),
 * e.g. `tea.scone.tea`: readable, and editable by anyone holding the browser.
 */
export function encodeCart(items: string[]): string {
  return items.join(".");
}

export function decodeCart(value: string | undefined): string[] {
  return value ? value.split(".").filter((s) => s !== "") : [];
}

/** The cart cookie's value in a `document.cookie` or Cookie header string, if any. */
export function cartFrom(cookies: string): string | undefined {
  return parseCookieHeader(cookies).find((c) => c.name === CART_COOKIE)?.value;
}

/** Counts per item, in catalogue order; SKUs the shop does not sell are kept, so an edit shows. */
export function summarise(items: string[]): { sku: string; name: string; count: number; known: boolean }[] {
  const counts = new Map<string, number>();
  for (const sku of items) counts.set(sku, (counts.get(sku) ?? 0) + 1);
  return [...counts].map(([sku, count]) => {
    const item = CATALOGUE.find((c) => c.sku === sku);
    return { sku, name: item?.name ?? sku, count, known: Boolean(item) };
  });
}

/** The total, priced from the catalogue (the server's prices), in cents. */
export function totalCents(items: string[]): number {
  return items.reduce((sum, sku) => sum + (CATALOGUE.find((c) => c.sku === sku)?.cents ?? 0), 0);
}

export const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** Bytes a `name=value` pair adds to every Cookie header (ASCII here; "; " between pairs not counted). */
export function pairBytes(name: string, value: string | undefined): number {
  return value === undefined ? 0 : new TextEncoder().encode(`${name}=${value}`).length;
}
