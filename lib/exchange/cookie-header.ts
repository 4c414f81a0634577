export interface SentCookie {
  name: string;
  value: string;
}

/**
 * Splits a Cookie request header into its pairs, in the order the browser sent them, keeping
 * duplicates (two cookies may share a name with different paths) and nameless cookies.
 *
 * By hand because the lab must show exactly what arrived: cookie-parser and Next's
 * `request.cookies` decode values and collapse duplicate names into one.
 * RFC 6265bis §5.8.3 step 4: pairs are joined by "; "; a pair without "=" is a nameless cookie.
 */
export function parseCookieHeader(header: string | null): SentCookie[] {
  if (!header) return [];
  const pairs: SentCookie[] = [];
  for (const piece of header.split(";")) {
    const pair = piece.trim();
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    pairs.push(eq === -1 ? { name: "", value: pair } : { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
  }
  return pairs;
}
