/**
 * The shape of an http-state corpus case (lib/cookie/testing/http-state/cases.json) and its expected
 * Cookie header, apart from the loader (http-state.ts) so the Playwright specs, which load the JSON
 * themselves, can use them too.
 */
export type CorpusCase = {
  id: string;
  setCookie: string[];
  requestUrl: string;
  cookieRequestUrl: string;
  expectedCookieHeader: string | null;
  upstreamStatus: string;
  source: string;
  note?: string;
  rfc6265bis?: { expectedCookieHeader: string | null; differsBecause: string };
};

/** The expectation a browser following RFC 6265bis must meet: the 6265bis column when present. */
export function expectedHeader(c: CorpusCase): string | null {
  return c.rfc6265bis ? c.rfc6265bis.expectedCookieHeader : c.expectedCookieHeader;
}
