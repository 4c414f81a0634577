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

/** One row of the bytes table: after the n-th add, the bytes each cart adds to every request. */
export interface BytesRow {
  n: number;
  items: number;
  cart: number;
  session: number;
}

/**
 * Where the two lines cross: the first row whose raw cart costs more than the session cookie. A
 * tiny cart is smaller than a 54-byte session ID, so the table must say so rather than let its
 * first rows contradict the lesson. null while the raw cart is still the smaller one.
 */
export function crossingRow(rows: BytesRow[]): BytesRow | null {
  return rows.find((r) => r.session > 0 && r.cart > r.session) ?? null;
}

/** The sentence under the table: where the lines cross, or that they have not yet. */
export function crossingSentence(rows: BytesRow[]): string {
  const last = rows.at(-1);
  if (!last || last.session === 0) return "";
  const cross = crossingRow(rows);
  if (!cross) {
    return `So far the raw cart (${last.cart} B) is smaller than the session cookie (${last.session} B): a tiny cart costs less in a cookie. It grows with every add, the ID does not; keep adding to see the lines cross.`;
  }
  const before =
    cross.items === 1
      ? "From the first item"
      : `Up to ${cross.items - 1} item${cross.items === 2 ? "" : "s"} the raw cart was the smaller one; from ${cross.items} items`;
  return `The lines cross at ${cross.items} items. ${before} on, the raw cart (${cross === last ? `${last.cart} B` : `${cross.cart} B then, ${last.cart} B now`}) costs more on every request than the ${last.session}-byte session cookie, and the gap grows with each add.`;
}
