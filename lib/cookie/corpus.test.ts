/**
 * The whole http-state corpus (IETF httpstate WG, 222 cases), run as SOURCE.md describes: the lines
 * arrive in order from `requestUrl` over plain http, then a request to `cookieRequestUrl` must carry
 * exactly the RFC 6265bis expectation (or the RFC 6265 one where 6265bis does not differ).
 *
 * "spec" (RFC 6265bis alone) must match that column exactly. Chromium, the default, matches it too
 * except where Chromium itself departs from the draft, each case listed below with the reason.
 */
import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { expectedHeader, loadCases } from "./testing/http-state";

const NOW = new Date("2017-08-10T00:00:00Z");
const cases = loadCases();

/**
 * Where Chromium (observed in Chromium 156, December 2026) departs from the RFC 6265bis column: a
 * nameless cookie whose value holds "=" would be sent back as name=value, so Chromium refuses it.
 */
const CHROMIUM_DEPARTS: Record<string, { header: string | null; because: string }> = {
  name0017: { header: null, because: '"=a=bar" is nameless with "=" in its value: refused' },
  name0025: { header: null, because: '"===a=bar" is nameless with "=" in its value: refused' },
};

describe("the http-state corpus", () => {
  it("should hold all 222 cases", () => {
    expect(cases).toHaveLength(222);
  });

  it("should list only real cases whose 6265bis expectation Chromium departs from", () => {
    for (const id of Object.keys(CHROMIUM_DEPARTS)) {
      const c = cases.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      expect(expectedHeader(c!), id).not.toBe(CHROMIUM_DEPARTS[id]!.header);
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))("should send the expected Cookie header for case %s (Chromium)", (id, c) => {
    const { cookieHeader } = explain({ setCookie: c.setCookie, url: c.requestUrl, requestUrl: c.cookieRequestUrl, now: NOW });
    expect(cookieHeader).toBe(id in CHROMIUM_DEPARTS ? CHROMIUM_DEPARTS[id]!.header : expectedHeader(c));
  });

  it.each(cases.map((c) => [c.id, c] as const))("should send exactly the RFC 6265bis column's Cookie header for case %s (RFC 6265bis alone)", (_id, c) => {
    const { cookieHeader } = explain({ setCookie: c.setCookie, url: c.requestUrl, requestUrl: c.cookieRequestUrl, now: NOW, context: { browser: "spec" } });
    expect(cookieHeader).toBe(expectedHeader(c));
  });
});
