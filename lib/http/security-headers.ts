/**
 * The security headers of every answer, written once: next.config.ts's `headers()` puts them on
 * pages, routes and files, and proxy.ts on the trailing-slash redirects it makes itself (Next.js's
 * own redirects got none of them, since `headers()` does not apply to them).
 *
 * Next.js inlines its bootstrap scripts, so script-src needs 'unsafe-inline' until pages move to
 * per-request nonces (which would make every page dynamic).
 */
const policy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export interface HeaderPair {
  key: string;
  value: string;
}

const common: HeaderPair[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** Pages refuse to be framed (clickjacking); only the embed pages, made for iframes, allow any host. */
export const PAGE_HEADERS: HeaderPair[] = [
  { key: "Content-Security-Policy", value: [...policy, "frame-ancestors 'none'"].join("; ") },
  ...common,
  { key: "X-Frame-Options", value: "DENY" },
];
export const EMBED_HEADERS: HeaderPair[] = [{ key: "Content-Security-Policy", value: [...policy, "frame-ancestors *"].join("; ") }, ...common];

/**
 * The CSRF demo's attacker page (lib/api/csrf-attacker.ts) is served under another origin and posts
 * a form to the lab's, which `form-action 'self'` forbids; a second CSP header would not help, since
 * a browser enforces every CSP it gets. So this rule sets no CSP and the page sends its own, which
 * allows that one form target and nothing else (`default-src 'none'`).
 */
export const ATTACKER_PAGE_PATH = "/api/csrf/attacker";
export const ATTACKER_PAGE_HEADERS: HeaderPair[] = [...common, { key: "X-Frame-Options", value: "DENY" }];

/** Whether the path is /embed or under /embed/: the only paths that may be framed. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/embed(?:\/|$)/.test(pathname);
}

/** The security headers for an answer at this path. */
export function securityHeadersFor(pathname: string): HeaderPair[] {
  if (pathname === ATTACKER_PAGE_PATH) return ATTACKER_PAGE_HEADERS;
  return isEmbedPath(pathname) ? EMBED_HEADERS : PAGE_HEADERS;
}

/**
 * next.config.ts's `headers()` rules. Every path but /embed and /embed/…: a negative lookahead, so
 * the two rules never both apply (X-Frame-Options DENY would override frame-ancestors in browsers
 * that only know the former).
 */
export const SECURITY_HEADER_RULES = [
  { source: "/:path((?!embed(?:/|$)|api/csrf/attacker$).*)", headers: PAGE_HEADERS },
  { source: "/embed/:path*", headers: EMBED_HEADERS },
  { source: ATTACKER_PAGE_PATH, headers: ATTACKER_PAGE_HEADERS },
];

/**
 * Where a path with trailing slashes redirects: the same path without them (and "/" for "/"), as a
 * path on this site. Leading slashes collapse to one, so "//evil.example/" cannot become
 * "//evil.example", which a browser would read as another host. Null when there is no trailing slash.
 */
export function withoutTrailingSlash(pathname: string): string | null {
  if (pathname === "/" || !pathname.endsWith("/")) return null;
  return `/${pathname.replace(/^[/\\]+|\/+$/g, "")}`;
}
