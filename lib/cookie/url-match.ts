/**
 * The URL-level rules cookies depend on: which host and path a cookie belongs to, and which origins
 * count as secure. What counts as a public suffix is in public-suffix.ts, apart: its list (tldts,
 * 46 KiB gzipped) would otherwise ship with every page that reads a Cookie header.
 */

// The path rules need no public-suffix list; they live apart so the browser can load them alone.
export { defaultPath, pathMatch } from "./path-match";

/** IPv4 dotted quad, or an IPv6 literal as WHATWG URL serialises it ("[::1]"). */
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** 127.0.0.0/8 is loopback (RFC 1122 §3.2.1.3). */
const IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$/;

export function isIpAddress(host: string): boolean {
  return IP_ADDRESS.test(host);
}

/**
 * RFC 6265bis §5.1.2: the canonicalized host name. WHATWG URL parsing already lowercases it and
 * converts IDNs to A-labels (punycode), which is the canonical form the RFC asks for.
 */
export function canonicalHost(url: URL): string {
  return url.hostname;
}

/**
 * RFC 6265bis §5.1.3: a string domain-matches a domain if they are identical, or the domain is a
 * suffix preceded by "." and the string is a host name, so "a.example.org" matches "example.org"
 * but "1.2.3.4" never matches "2.3.4" and "badexample.org" never matches "example.org".
 */
export function domainMatch(host: string, domain: string): boolean {
  if (host === domain) return true;
  return !isIpAddress(host) && domain !== "" && host.endsWith(`.${domain}`);
}

/**
 * RFC 6265bis §5.7 leaves "secure connection" to the user agent. Chromium and Firefox treat
 * http://localhost, *.localhost, 127.0.0.0/8 and [::1] as secure contexts, so Secure cookies work in
 * local development over plain http; Safari does not (WebKit bug 281149). The draft only mentions https.
 */
export function isSecureUrl(url: URL): boolean {
  if (url.protocol === "https:" || url.protocol === "wss:") return true;
  const host = url.hostname;
  return host === "localhost" || host.endsWith(".localhost") || IPV4_LOOPBACK.test(host) || host === "[::1]";
}

/** True when the secure-context rule above applies only because of Chromium's loopback exception. */
export function isLoopbackOnlySecure(url: URL): boolean {
  return url.protocol === "http:" && isSecureUrl(url);
}
