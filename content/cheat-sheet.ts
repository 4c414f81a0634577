import { HOST_HTTP_PREFIX_SUPPORT, HTTP_PREFIX_SUPPORT, type CookiePrefix } from "@/lib/cookie/prefixes";
import { MAX_AGE_CAP_SECONDS, MAX_ATTRIBUTE_VALUE_OCTETS, MAX_NAME_VALUE_OCTETS } from "@/lib/cookie/grammar";

/**
 * The facts of /cheat-sheet that the lab's code does not already hold. The limits come from
 * lib/cookie/grammar.ts, the prefixes' support from lib/cookie/prefixes.ts, and the mechanisms
 * from lib/mechanisms.ts, so the sheet and the explainer cannot disagree.
 */
export interface CheatRow {
  name: string;
  what: string;
  /** Where a lesson teaches it: /learn/<path>. */
  lesson: string;
}

export const attributeRows: CheatRow[] = [
  {
    name: "Expires=<date>",
    what: "Keep the cookie until this date (the client's clock decides). A past date deletes it.",
    lesson: "cookie-attributes#lifetime",
  },
  {
    name: "Max-Age=<seconds>",
    what: "Keep it this many seconds from now; wins over Expires. Max-Age=0 deletes it. Neither: a session cookie.",
    lesson: "cookie-attributes#lifetime",
  },
  {
    name: "Domain=<domain>",
    what: "Send it to this domain and all its subdomains. Leave it out for a host-only cookie (narrower).",
    lesson: "cookie-attributes#scope",
  },
  { name: "Path=<path>", what: "Send it only for URLs under this path. Tidiness, not security.", lesson: "cookie-attributes#scope" },
  {
    name: "Secure",
    what: "Send it only over HTTPS; only a secure page may set it. Chrome and Firefox count http://localhost as secure, Safari does not.",
    lesson: "cookie-attributes#secure",
  },
  { name: "HttpOnly", what: "Hide it from document.cookie and other script APIs. Still sent with every request.", lesson: "cookie-attributes#httponly" },
  { name: "SameSite=Strict", what: "Never sent on requests another site starts, not even when following a link.", lesson: "cookie-attributes#samesite" },
  {
    name: "SameSite=Lax",
    what: "Sent from other sites only on top-level navigations with a safe method (a link, a GET form). Write it explicitly.",
    lesson: "cookie-attributes#samesite",
  },
  {
    name: "SameSite=None",
    what: "Sent on every cross-site request; requires Secure. With no SameSite at all, only Chromium (since Chrome 80) treats the cookie as Lax.",
    lesson: "cookie-attributes#samesite",
  },
  {
    name: "Partitioned",
    what: "CHIPS: one jar per top-level site for a cookie set in an embed, so it cannot follow you across sites. Requires Secure.",
    lesson: "cookie-attributes#partitioned",
  },
];

export const prefixRows: (CheatRow & { prefix: CookiePrefix; support: string })[] = [
  {
    prefix: "__Secure-",
    name: "__Secure-name",
    what: "Accepted only with Secure, from an HTTPS page.",
    support: "Every current browser",
    lesson: "cookie-attributes#prefixes",
  },
  {
    prefix: "__Host-",
    name: "__Host-name",
    what: "Accepted only with Secure, Path=/ and no Domain: host-only, so no subdomain can plant or overwrite it.",
    support: "Every current browser",
    lesson: "cookie-attributes#prefixes",
  },
  {
    prefix: "__Http-",
    name: "__Http-name",
    what: "Accepted only with Secure and HttpOnly: no script can ever set, overwrite or delete it.",
    support: HTTP_PREFIX_SUPPORT,
    lesson: "cookie-attributes#prefixes",
  },
  {
    prefix: "__Host-Http-",
    name: "__Host-Http-name",
    what: "All of the above: Secure, HttpOnly, Path=/ and no Domain.",
    support: HOST_HTTP_PREFIX_SUPPORT,
    lesson: "cookie-attributes#prefixes",
  },
];

export interface LimitRow {
  limit: string;
  value: string;
  detail: string;
}

export const limitRows: LimitRow[] = [
  {
    limit: "Name and value together",
    value: `${MAX_NAME_VALUE_OCTETS} bytes`,
    detail: "Over it, the browser refuses the whole cookie without telling the server (RFC 6265bis §5.6).",
  },
  {
    limit: "One attribute's value",
    value: `${MAX_ATTRIBUTE_VALUE_OCTETS} bytes`,
    detail: "Over it, only that attribute is ignored; the cookie is stored without it.",
  },
  {
    limit: "Lifetime",
    value: `${MAX_AGE_CAP_SECONDS / 86_400} days`,
    detail: "A longer Expires or Max-Age is shortened to 400 days: Chrome since 104, Firefox (network.cookie.maxageCap).",
  },
  {
    limit: "Cookies per domain, Chromium",
    value: "180",
    detail:
      "Past it, the least recently used go first, lowest Priority first; 3,300 in all (kDomainMaxCookies and kMaxCookies in Chromium's cookie_monster.h, Chromium 156).",
  },
  { limit: "Cookies per domain, Firefox", value: "180", detail: "network.cookie.maxPerHost; 3,000 in all (network.cookie.maxNumber), in Firefox 153 ESR." },
  {
    limit: "Cookies per domain, Safari",
    value: "not documented",
    detail: "Apple publishes no number; RFC 6265 asks every browser for at least 50 per domain and 3,000 in all.",
  },
];
