import { parseCookieHeader } from "../cookie/cookie-header";
import { defaultPath, pathMatch } from "../cookie/path-match";
import { hasFlag, isDeletion, splitSetCookie } from "./set-cookie-attributes";

/** A cookie a response asked the browser to keep, still to be seen in document.cookie or a Cookie header. */
export interface ExpectedCookie {
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
  /** The label of the step whose response set it. */
  setBy: string;
}

/** A cookie the browser was sent but did not keep, and where its absence showed. */
export interface RefusedCookie {
  name: string;
  setBy: string;
  missingFrom: "document.cookie" | "Cookie header";
}

/** The path the browser files a cookie under: its Path attribute, or the default-path of the response's URL (RFC 6265bis §5.6.4). */
function cookiePath(attributes: { name: string; value: string | null }[], responseUrl: string): string {
  const path = attributes.findLast((a) => a.name.toLowerCase() === "path")?.value;
  return path?.startsWith("/") ? path : defaultPath(new URL(responseUrl).pathname);
}

/**
 * Folds one response into what we expect the browser to hold: each line replaces the cookie of
 * the same name and path; a deletion removes it.
 */
export function expectFrom(pending: ExpectedCookie[], lines: string[], responseUrl: string, setBy: string, now = Date.now()): ExpectedCookie[] {
  let next = [...pending];
  for (const line of lines) {
    const parts = splitSetCookie(line);
    if (!parts.name) continue;
    const path = cookiePath(parts.attributes, responseUrl);
    next = next.filter((c) => !(c.name === parts.name && c.path === path));
    if (!isDeletion(parts, now)) next.push({ name: parts.name, value: parts.value, path, httpOnly: hasFlag(parts, "HttpOnly"), setBy });
  }
  return next;
}

const has = (pairs: { name: string; value: string }[], c: ExpectedCookie) => pairs.some((p) => p.name === c.name && p.value === c.value);

/**
 * Checks the expected cookies against what the browser shows: `document.cookie` on this page for
 * cookies JavaScript may read, the Cookie header of a request whose path they cover for the
 * others. A cookie missing from either was refused (or replaced) by the browser. Each is judged
 * once, at the first chance, then dropped: later changes (a page script's write, a logout) are
 * not refusals. Those that neither can show yet (HttpOnly, before the next request) stay pending.
 */
export function checkExpected(
  expected: ExpectedCookie[],
  seen: { pageUrl: string; documentCookie: string; request?: { url: string; cookieHeader: string | null } },
): { refused: RefusedCookie[]; pending: ExpectedCookie[] } {
  const pagePath = new URL(seen.pageUrl).pathname;
  const inPage = parseCookieHeader(seen.documentCookie);
  const sent = seen.request ? parseCookieHeader(seen.request.cookieHeader) : [];
  const refused: RefusedCookie[] = [];
  const pending: ExpectedCookie[] = [];
  for (const c of expected) {
    if (!c.httpOnly && pathMatch(pagePath, c.path)) {
      if (!has(inPage, c)) refused.push({ name: c.name, setBy: c.setBy, missingFrom: "document.cookie" });
    } else if (seen.request && pathMatch(new URL(seen.request.url).pathname, c.path)) {
      if (!has(sent, c)) refused.push({ name: c.name, setBy: c.setBy, missingFrom: "Cookie header" });
    } else {
      pending.push(c);
    }
  }
  return { refused, pending };
}
