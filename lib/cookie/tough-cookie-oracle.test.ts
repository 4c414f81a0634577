/**
 * A second opinion: tough-cookie implements RFC 6265 (2011). On the corpus cases where RFC 6265bis
 * changed nothing (no `rfc6265bis` block), our Cookie header must equal tough-cookie's.
 */
import { CookieJar as ToughJar } from "tough-cookie";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { explain } from "./explain";
import { loadCases } from "./testing/http-state";

const NOW = new Date("2017-08-10T00:00:00Z");
const unchangedBy6265bis = loadCases().filter((c) => !c.rfc6265bis);

// tough-cookie reads the clock when it checks expiry on retrieval, so freeze Date itself.
beforeAll(() => vi.useFakeTimers({ now: NOW, toFake: ["Date"] }));
afterAll(() => vi.useRealTimers());

function toughHeader(lines: string[], from: string, to: string): string | null {
  const jar = new ToughJar(undefined, { looseMode: false });
  for (const line of lines) jar.setCookieSync(line, from, { ignoreError: true });
  return jar.getCookieStringSync(to) || null;
}

describe("agreement with tough-cookie (RFC 6265) where RFC 6265bis changed nothing", () => {
  it("should have the 195 cases without an rfc6265bis block to compare", () => {
    expect(unchangedBy6265bis).toHaveLength(195);
  });

  it.each(unchangedBy6265bis.map((c) => [c.id, c] as const))("should send the same Cookie header as tough-cookie for case %s", (_id, c) => {
    const ours = explain({ setCookie: c.setCookie, url: c.requestUrl, requestUrl: c.cookieRequestUrl, now: NOW }).cookieHeader;
    expect(ours).toBe(toughHeader(c.setCookie, c.requestUrl, c.cookieRequestUrl));
  });
});
