/** The Set-Cookie the route must send, as data: the route serialises it. */
export interface SessionCookie {
  /** `__Host-<base>` on a secure origin, else `<base>` (see `sessionCookieName`). */
  name: string;
  value: string;
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
  /**
   * Seconds; 0 clears the cookie. null sends no Max-Age: a "session cookie" the browser drops
   * when it closes, whatever the server's own timeout (RFC 6265bis §5.7, the persistent flag).
   */
  maxAge: number | null;
}

/** The base name of the site's session cookie; demos that need their own session pick another. */
export const DEFAULT_SESSION_COOKIE = "sid";

/** A cookie-name token (RFC 6265bis §4.1.1) kept simple: letters, digits, "-" and "_". */
const BASE_NAME = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Whether browsers treat the origin as secure: https, or http on loopback, which browsers count
 * as a "potentially trustworthy origin" (W3C Secure Contexts §3.2) and so accept Secure cookies on.
 */
export function isSecureOrigin(url: string | URL): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "https:") return true;
  if (protocol !== "http:") return false;
  return hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * `__Host-` binds the cookie to this exact host: the browser only accepts it with Secure,
 * Path=/ and no Domain (RFC 6265bis §4.1.3.2), so a sibling subdomain cannot plant one.
 * Without a secure origin the prefix would be refused, so the plain name `sid` is used.
 */
export function sessionCookieName(secure: boolean, base = DEFAULT_SESSION_COOKIE): string {
  if (!BASE_NAME.test(base)) throw new TypeError(`The session cookie base name "${base}" must be 1 to 32 letters, digits, "-" or "_".`);
  return secure ? `__Host-${base}` : base;
}

/**
 * HttpOnly keeps it from page scripts (XSS cannot read it); SameSite=Lax keeps it off
 * cross-site subrequests and POSTs (CSRF); no Domain keeps it host-only (OWASP Session
 * Management Cheat Sheet, "Cookies").
 */
export function sessionCookie(secure: boolean, value: string, maxAgeSeconds: number | null, base = DEFAULT_SESSION_COOKIE): SessionCookie {
  return {
    name: sessionCookieName(secure, base),
    value,
    httpOnly: true,
    secure,
    sameSite: "lax",
    path: "/",
    maxAge: maxAgeSeconds === null ? null : Math.max(0, Math.floor(maxAgeSeconds)),
  };
}

/** The same cookie emptied with Max-Age=0, which tells the browser to delete it. */
export function clearedSessionCookie(secure: boolean, base = DEFAULT_SESSION_COOKIE): SessionCookie {
  return sessionCookie(secure, "", 0, base);
}
