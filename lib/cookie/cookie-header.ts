/**
 * RFC 6265bis §5.8.3: which stored cookies a request carries, in which order, and how the Cookie
 * header is written.
 */
import { isSafeMethod, isThirdParty, type ResolvedContext } from "./context";
import type { StoredCookie } from "./storage-model";
import { canonicalHost, domainMatch, isSecureUrl, pathMatch } from "./url-match";

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
    if (!topLevel) return `it is ${cookie.sameSite === "Lax" ? "SameSite=Lax" : "treated as SameSite=Lax"} and the cross-site request is not a top-level navigation`;
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
