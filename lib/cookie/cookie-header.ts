/**
 * The Cookie request header, both ways. RFC 6265bis §5.8.3: which stored cookies a request carries,
 * in which order, and how the header is written; and how a server splits the header it received.
 */
import { isSafeMethod, isThirdParty, type ResolvedContext } from "./context";
import type { StoredCookie } from "./storage-model";
import { trimWsp } from "./parse";
import { canonicalHost, domainMatch, isSecureUrl, pathMatch } from "./url-match";

/** One pair of a Cookie header, as the server reads it. */
export interface SentCookie {
  name: string;
  value: string;
}

/** Chromium's "Lax-allowing-unsafe" window: a cookie without SameSite still rides cross-site POSTs this long. */
export const LAX_ALLOWING_UNSAFE_MS = 2 * 60 * 1000;

/** Why a stored cookie is left out of a request, or null when it is sent. */
export function exclusionReason(cookie: StoredCookie, url: URL, context: ResolvedContext, now: Date): string | null {
  const host = canonicalHost(url);
  // §5.8.3: host-only cookies need the identical host; domain cookies a domain-match.
  if (cookie.hostOnly ? host !== cookie.domain : !domainMatch(host, cookie.domain)) {
    return cookie.hostOnly
      ? `it is host-only for ${cookie.domain} and the request goes to ${host}`
      : `the request host ${host} is not ${cookie.domain} or a subdomain of it`;
  }
  if (!pathMatch(url.pathname, cookie.path)) return `the request path ${url.pathname} is not inside the cookie's path ${cookie.path}`;
  if (cookie.secure && !isSecureUrl(url)) return "it is Secure and the request is not over https";
  // Firefox has no Lax-by-default: a cookie without SameSite goes cross-site like None. Chromium and
  // RFC 6265bis restrict it like Lax; only Chromium adds the optional "Lax-allowing-unsafe" window.
  const restricted = cookie.sameSite !== "None" && !(cookie.sameSite === "Default" && context.browser === "firefox");
  if (context.site === "cross-site" && restricted) {
    const topLevel = context.frame === "top-level";
    if (cookie.sameSite === "Strict") return "it is SameSite=Strict and the request is cross-site";
    const youngUnspecified =
      context.browser === "chromium" && cookie.sameSite === "Default" && now.getTime() - cookie.creationTime.getTime() < LAX_ALLOWING_UNSAFE_MS;
    if (!topLevel)
      return `it is ${cookie.sameSite === "Lax" ? "SameSite=Lax" : "treated as SameSite=Lax"} and the cross-site request is not a top-level navigation`;
    if (!isSafeMethod(context.method) && !youngUnspecified) {
      return `it is ${cookie.sameSite === "Lax" ? "SameSite=Lax" : "treated as SameSite=Lax"} and a cross-site ${context.method} is not a safe method`;
    }
  }
  if (isThirdParty(context) && context.browser !== "spec" && context.thirdPartyCookies === "blocked" && !cookie.partitioned) {
    return "third-party cookies are blocked and it is not Partitioned";
  }
  return null;
}

/**
 * §5.8.3 sort: longer paths first, then earlier creation. Array.prototype.sort is stable, so cookies
 * created in the same millisecond keep their insertion order, which is their creation order.
 */
export function sortForHeader(cookies: StoredCookie[]): StoredCookie[] {
  return [...cookies].sort((a, b) => b.path.length - a.path.length || a.creationTime.getTime() - b.creationTime.getTime());
}

/** §5.8.3 serialisation: "name=value", or just the value for a nameless cookie, joined by "; ". */
export function serializeCookieHeader(cookies: StoredCookie[]): string | null {
  if (cookies.length === 0) return null;
  return cookies.map((c) => (c.name === "" ? c.value : `${c.name}=${c.value}`)).join("; ");
}

/**
 * Splits a Cookie request header into its pairs, in the order the browser sent them, keeping
 * duplicates (two cookies may share a name with different paths) and nameless cookies.
 *
 * By hand because the lab must show exactly what arrived: cookie-parser and Next's
 * `request.cookies` decode values and collapse duplicate names into one.
 * RFC 6265bis §5.8.3 step 4: pairs are joined by "; "; a pair without "=" is a nameless cookie.
 * Works on text and on a header's byte string alike: ";" and "=" are never part of a UTF-8 sequence.
 */
export function parseCookieHeader(header: string | null): SentCookie[] {
  if (!header) return [];
  const pairs: SentCookie[] = [];
  for (const piece of header.split(";")) {
    // Spaces and tabs only (trimWsp, an index scan: a regex trim is quadratic on a visitor's long run
    // of spaces). Not String#trim, which also strips U+00A0: in a header's byte string that is the
    // byte A0, the second byte of "à" in UTF-8.
    const pair = trimWsp(piece);
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    pairs.push(eq === -1 ? { name: "", value: pair } : { name: trimWsp(pair.slice(0, eq)), value: trimWsp(pair.slice(eq + 1)) });
  }
  return pairs;
}
