/**
 * The cookie grammar, one named rule per production, each quoting its source.
 * Used to refuse anything that would break a Set-Cookie header before it is sent.
 */

/**
 * RFC 9110 §5.6.2: token = 1*tchar
 * tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
 * RFC 6265 §4.1.1: cookie-name = token
 */
export const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * RFC 6265 §4.1.1: cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE )
 * cookie-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E
 * (US-ASCII characters excluding CTLs, whitespace, DQUOTE, comma, semicolon and backslash)
 */
export const COOKIE_VALUE = /^(?:[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*|"[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*")$/;

/**
 * RFC 6265 §4.1.1: path-value = <any CHAR except CTLs or ";">
 * (and it must start with "/" to be used: RFC 6265bis §5.6.4 ignores a Path that does not.)
 */
export const PATH_VALUE = /^[\x20-\x3A\x3C-\x7E]*$/;

/**
 * RFC 6265 §4.1.1: domain-value = <subdomain> (RFC 1034 §3.5, as enhanced by RFC 1123 §2.1);
 * a leading "." is tolerated by user agents (RFC 6265bis §5.6.3) so it is accepted here too.
 */
export const DOMAIN_VALUE = /^\.?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** RFC 5234 Appendix B.1: CTL = %x00-1F / %x7F. RFC 6265bis §5.6 rejects a line containing one (except HTAB). */
export const CONTROL_CHARACTER = /[\x00-\x08\x0A-\x1F\x7F]/;

/** RFC 6265bis §5.6: the name and value together may be at most 4096 octets. */
/** The values of the SameSite attribute (RFC 6265bis §5.6.7), as a server writes them. */
export const SAME_SITE_VALUES = ["Strict", "Lax", "None"] as const;
export type SameSite = (typeof SAME_SITE_VALUES)[number];

export const MAX_NAME_VALUE_OCTETS = 4096;

/** RFC 6265bis §5.6: an attribute value longer than 1024 octets is ignored. */
export const MAX_ATTRIBUTE_VALUE_OCTETS = 1024;

/** RFC 6265bis §5.6.1 and §5.6.2: Expires and Max-Age are capped at 400 days. */
export const MAX_AGE_CAP_SECONDS = 400 * 24 * 60 * 60;

/**
 * The number of UTF-8 octets a string takes on the wire, as TextEncoder would encode it (a lone
 * surrogate becomes U+FFFD, 3 octets). Counted by hand because TextEncoder allocates a copy of the
 * string just to measure it, and this runs on every name, value and attribute the explainer reads;
 * Buffer.byteLength would do but this module also runs in the browser.
 */
export function octets(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 2 units, 4 octets
      i++;
    } else n += 2;
  }
  return n;
}
