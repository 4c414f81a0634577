import { COOKIE_VALUE } from "@/lib/cookie/grammar";

/** Whether `value` can travel in a cookie as is (RFC 6265 §4.1.1 cookie-value). */
export function isCookieValue(value: string): boolean {
  return COOKIE_VALUE.test(value);
}

/**
 * The string to assign to `document.cookie` to write one cookie from page JavaScript, as a user
 * could in the devtools. Path=/ and Secure match the server's own lines, so the write replaces
 * the cookie rather than adding a second one; `__Host-` names require both (RFC 6265bis §4.1.3.2).
 * `secure` is the page's `isSecureContext`: http://localhost counts as secure (though Safari, unlike
 * Chrome and Firefox, still refuses Secure cookies there: WebKit bug 281149).
 */
export function pageCookieAssignment(name: string, value: string, options: PageCookieOptions & { secure: boolean }): string {
  if (!isCookieValue(value)) throw new TypeError(`The value cannot be written to a cookie as is: spaces, ; , " and \\ are not allowed.`);
  const parts = [`${name}=${value}`, "Path=/"];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  // In a cross-site iframe a script's cookie is a third-party cookie too: the same three attributes as the server's (CHIPS).
  if (options.crossSite) parts.push("Secure", "SameSite=None", "Partitioned");
  else {
    if (options.secure) parts.push("Secure");
    parts.push(`SameSite=${options.sameSite ?? "Lax"}`);
  }
  return parts.join("; ");
}

export interface PageCookieOptions {
  maxAge?: number;
  sameSite?: "Strict" | "Lax";
  /** Write it as a cross-site embed must: Secure; SameSite=None; Partitioned. */
  crossSite?: boolean;
}

/** The value of cookie `name` in a `document.cookie` string, or null. */
export function pageCookieValue(documentCookie: string, name: string): string | null {
  for (const pair of documentCookie.split(/;\s*/)) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return null;
}

/** Writes one cookie from page JavaScript (browser only). */
export function writePageCookie(name: string, value: string, options: PageCookieOptions = {}): void {
  document.cookie = pageCookieAssignment(name, value, { ...options, secure: window.isSecureContext });
}
