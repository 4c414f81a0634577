/** The Set-Cookie the route must send, as data: the route serialises it. */
export interface SessionCookie {
  name: "__Host-sid" | "sid";
  value: string;
  httpOnly: true;
  secure: boolean;
  sameSite: "lax";
  path: "/";
  /** Seconds; 0 clears the cookie. */
  maxAge: number;
}

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
export function sessionCookieName(secure: boolean): SessionCookie["name"] {
  return secure ? "__Host-sid" : "sid";
}

/**
 * HttpOnly keeps it from page scripts (XSS cannot read it); SameSite=Lax keeps it off
 * cross-site subrequests and POSTs (CSRF); no Domain keeps it host-only (OWASP Session
 * Management Cheat Sheet, "Cookies").
 */
export function sessionCookie(secure: boolean, value: string, maxAgeSeconds: number): SessionCookie {
  return {
    name: sessionCookieName(secure),
    value,
    httpOnly: true,
    secure,
    sameSite: "lax",
    path: "/",
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
  };
}

/** The same cookie emptied with Max-Age=0, which tells the browser to delete it. */
export function clearedSessionCookie(secure: boolean): SessionCookie {
  return sessionCookie(secure, "", 0);
}
