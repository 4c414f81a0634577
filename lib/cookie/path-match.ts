/** The cookie path rules (RFC 6265bis §5.1.4), with no dependency, for code that runs in the page. */

/**
 * RFC 6265bis §5.1.4: the default-path is the request path up to, not including, its right-most
 * "/", or "/" when that leaves nothing. So a cookie set by /shop/cart is visible to /shop/*.
 */
export function defaultPath(requestPath: string): string {
  if (!requestPath.startsWith("/")) return "/";
  const lastSlash = requestPath.lastIndexOf("/");
  return lastSlash === 0 ? "/" : requestPath.slice(0, lastSlash);
}

/**
 * RFC 6265bis §5.1.4: a request path path-matches a cookie path when they are identical, or the
 * cookie path is a prefix ending in "/" or followed by "/" in the request path, so "/docs" matches
 * "/docs/a" but not "/docsearch". Octets are compared as sent, without percent-decoding.
 */
export function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}
