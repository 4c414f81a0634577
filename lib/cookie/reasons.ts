/**
 * Why a browser refused to store a cookie. The codes follow Chrome DevTools' SetCookieBlockedReason
 * (Chrome DevTools Protocol, Network domain) where one exists, so learners can match what they see
 * in the Network panel; the few extra codes name cases DevTools has no name for.
 */
export const REASON_CODES = [
  /** RFC 6265bis §5.6 step 1: the line holds a control character other than tab. */
  "DisallowedCharacter",
  /** RFC 6265bis §5.6 step 5 / §5.7 step 4: name + value exceed 4096 octets. */
  "NameValuePairExceedsMaxSize",
  /** RFC 6265bis §5.7 step 2: both the name and the value are empty. */
  "NoCookieContent",
  /**
   * An empty name the engine refuses (not a DevTools code): Chromium and Firefox 153 ESR when the
   * value holds "=", since "=a=b" would be sent back as "a=b", a cookie named a; Firefox 153 ESR
   * refuses every empty name. RFC 6265bis alone keeps them.
   */
  "NamelessCookie",
  /** RFC 6265bis §5.7 steps 8-10: Domain is not ASCII, is a public suffix, or does not cover the host. */
  "InvalidDomain",
  /** RFC 6265bis §5.7 step 13: Secure from a connection that is not secure. */
  "SecureOnly",
  /** RFC 6265bis §5.7 step 16: an insecure origin tried to shadow a Secure cookie. */
  "OverwriteSecure",
  /**
   * RFC 6265bis §5.7 steps 20-22: __Secure- / __Host- requirements not met; and (layered cookies,
   * enforced by Chrome 140+ and Firefox 142+) __Http- / __Host-Http- without Secure and HttpOnly,
   * or set by a script at all.
   */
  "InvalidPrefix",
  /** RFC 6265bis §5.7 step 18: set from a cross-site subresource or iframe. */
  "SameSiteStrict",
  "SameSiteLax",
  "SameSiteUnspecifiedTreatedAsLax",
  /** Chromium, Firefox and RFC 6265bis §5.7 step 19: SameSite=None requires Secure. */
  "SameSiteNoneInsecure",
  /** Chromium and Firefox (CHIPS): Partitioned requires Secure. Not a DevTools code. */
  "InvalidPartitioned",
  /** RFC 6265bis §5.3: third-party cookies are blocked and the cookie is not Partitioned. */
  "ThirdPartyPhaseout",
  /** RFC 6265bis §5.7 step 15: a non-HTTP API (document.cookie) may not set HttpOnly. Not a DevTools code. */
  "HttpOnlyFromScript",
  /** RFC 6265bis §5.7 step 23.2: a non-HTTP API may not replace an HttpOnly cookie. Not a DevTools code. */
  "OverwriteHttpOnly",
  /**
   * RFC 6265bis §5.7 and §5.5 "evict expired cookies": the cookie is already expired, so it is not
   * kept, and any stored cookie it matches is deleted. Not a refusal: it is how servers delete cookies.
   */
  "Expired",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type Reason = { code: ReasonCode; message: string };

export function reason(code: ReasonCode, message: string): Reason {
  return { code, message };
}

/** Quotes a value for a message, shortened so an 8 KB line does not flood the sentence. */
export function quote(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}
