/**
 * The whole http-state corpus (IETF httpstate WG, 222 cases), run as SOURCE.md describes: the lines
 * arrive in order from `requestUrl` over plain http, then a request to `cookieRequestUrl` must carry
 * exactly the RFC 6265bis expectation (or the RFC 6265 one where 6265bis does not differ).
 */
import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { expectedHeader, loadCases } from "./testing/http-state";

const NOW = new Date("2017-08-10T00:00:00Z");
const cases = loadCases();

describe("the http-state corpus", () => {
  it("should hold all 222 cases", () => {
    expect(cases).toHaveLength(222);
  });

  it.each(cases.map((c) => [c.id, c] as const))("should send the expected Cookie header for case %s", (_id, c) => {
    const { cookieHeader } = explain({ setCookie: c.setCookie, url: c.requestUrl, requestUrl: c.cookieRequestUrl, now: NOW });
    expect(cookieHeader).toBe(expectedHeader(c));
  });
});
