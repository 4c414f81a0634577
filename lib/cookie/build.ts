import { COOKIE_NAME, COOKIE_VALUE, CONTROL_CHARACTER, DOMAIN_VALUE, MAX_ATTRIBUTE_VALUE_OCTETS, PATH_VALUE, octets, type SameSite } from "./grammar";
import { isHttpOnlyPrefixed, prefixOf } from "./prefixes";
import { quote } from "./reasons";

export { quote };

/** Everything a Set-Cookie line can carry. */
export interface CookieOptions {
  name: string;
  value: string;
  /** Seconds until the browser deletes the cookie; 0 or less deletes it now (RFC 6265bis §5.6.2). */
  maxAge?: number;
  /** Absolute expiry; sent as an IMF-fixdate (RFC 9110 §5.6.7). */
  expires?: Date;
  /** @default the browser's default-path: the request path up to its last "/" (RFC 6265bis §5.1.4) */
  path?: string;
  /** @default none, which makes the cookie host-only */
  domain?: string;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: SameSite;
  partitioned?: boolean;
}

/** Why a cookie cannot be written: a stable code and a sentence naming the bad value. */
export class CookieSyntaxError extends TypeError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CookieSyntaxError";
  }
}

function attributeError(code: string, label: string, value: string, rule: RegExp, hint: string): CookieSyntaxError | null {
  if (CONTROL_CHARACTER.test(value) || value.includes(";") || !rule.test(value)) {
    return new CookieSyntaxError(code, `The ${label} ${quote(value)} cannot be sent in a Set-Cookie header: ${hint}`);
  }
  if (octets(value) > MAX_ATTRIBUTE_VALUE_OCTETS) {
    return new CookieSyntaxError(
      code,
      `The ${label} is ${octets(value)} bytes long; browsers ignore attribute values over ${MAX_ATTRIBUTE_VALUE_OCTETS} bytes (RFC 6265bis §5.6).`,
    );
  }
  return null;
}

/** Why `name` cannot be a cookie name (RFC 6265 §4.1.1 token), or null if it can. */
export function cookieNameError(name: string): CookieSyntaxError | null {
  if (name === "") return new CookieSyntaxError("invalid_cookie_name", "A cookie needs a name: the name is empty.");
  if (!COOKIE_NAME.test(name)) {
    return new CookieSyntaxError(
      "invalid_cookie_name",
      `The cookie name ${quote(name)} is not allowed: a name may only use letters, digits and ! # $ % & ' * + - . ^ _ \` | ~ (no spaces, no ; , = or control characters).`,
    );
  }
  return null;
}

/** Why `value` cannot be a cookie value (RFC 6265 §4.1.1 cookie-octets), or null if it can. */
export function cookieValueError(value: string): CookieSyntaxError | null {
  if (COOKIE_VALUE.test(value)) return null;
  return new CookieSyntaxError(
    "invalid_cookie_value",
    `The cookie value ${quote(value)} is not allowed: spaces, double quotes, commas, semicolons, backslashes, control characters and non-ASCII letters would break the header. Encode it first (for example with encodeURIComponent).`,
  );
}

/** Throws a CookieSyntaxError if the name or value would break the header (RFC 6265 §4.1.1). */
export function assertNameAndValue(name: string, value: string): void {
  const error = cookieNameError(name) ?? cookieValueError(value);
  if (error) throw error;
}

/** Why `path` cannot be this lab's Path attribute, or null if it can. */
export function cookiePathError(path: string): CookieSyntaxError | null {
  const error = attributeError("invalid_path", "Path", path, PATH_VALUE, "a path may not contain control characters or semicolons.");
  if (error) return error;
  // RFC 6265 allows a comma in a path, but servers (Next.js among them) split a header holding
  // ", name=" into two Set-Cookie lines: the wire would then differ from what the lab reports.
  if (path.includes(",")) {
    return new CookieSyntaxError(
      "invalid_path",
      `The Path ${quote(path)} cannot be sent by this lab: a comma could split the Set-Cookie header in two on its way out.`,
    );
  }
  return null;
}

/** Why `domain` cannot be a Domain attribute, or null if it can. */
export function cookieDomainError(domain: string): CookieSyntaxError | null {
  return attributeError("invalid_domain", "Domain", domain, DOMAIN_VALUE, "a domain is a host name such as example.com.");
}

/**
 * Writes one Set-Cookie line exactly as asked.
 *
 * Written by hand, not with Next's `response.cookies.set()`: that serialiser percent-encodes the
 * value and picks its own attribute order, and this lab must show the exact bytes the learner asked
 * for. Only what would break the header is refused; lines a browser will reject
 * (e.g. SameSite=None without Secure) are written, so the lab can show the browser refusing them.
 */
export function buildSetCookie(options: CookieOptions): string {
  assertNameAndValue(options.name, options.value);
  const parts = [`${options.name}=${options.value}`];
  if (options.expires !== undefined) {
    if (Number.isNaN(options.expires.getTime())) {
      throw new CookieSyntaxError("invalid_expires", "Expires is not a valid date.");
    }
    parts.push(`Expires=${options.expires.toUTCString()}`);
  }
  if (options.maxAge !== undefined) {
    if (!Number.isSafeInteger(options.maxAge)) {
      throw new CookieSyntaxError("invalid_max_age", `Max-Age must be a whole number of seconds, not ${options.maxAge}.`);
    }
    parts.push(`Max-Age=${options.maxAge}`);
  }
  if (options.domain !== undefined) {
    const error = cookieDomainError(options.domain);
    if (error) throw error;
    parts.push(`Domain=${options.domain}`);
  }
  if (options.path !== undefined) {
    const error = cookiePathError(options.path);
    if (error) throw error;
    parts.push(`Path=${options.path}`);
  }
  if (options.secure) parts.push("Secure");
  if (options.httpOnly) parts.push("HttpOnly");
  if (options.sameSite) parts.push(`SameSite=${options.sameSite}`);
  if (options.partitioned) parts.push("Partitioned");
  return parts.join("; ");
}

/**
 * A line that makes the browser delete the cookie: empty value, Max-Age=0 and an Expires in the
 * past (for very old clients that ignore Max-Age). Path and Domain must match the cookie's own,
 * or the browser treats it as a different cookie (RFC 6265bis §5.7 step 22).
 */
export function buildClearCookie(
  name: string,
  scope: { path?: string; domain?: string } = {},
  extra: Pick<CookieOptions, "secure" | "sameSite" | "partitioned"> = {},
): string {
  // A prefixed cookie can only be replaced by a line that itself satisfies the prefix (§4.1.3):
  // every prefix needs Secure, and __Http- / __Host-Http- need HttpOnly too (layered cookies).
  // `extra` carries SameSite=None and Partitioned for a cookie set in a cross-site iframe: a
  // partitioned cookie is only reached by a line that is itself Partitioned (CHIPS).
  const secure = prefixOf(name) !== null || extra.secure === true;
  const httpOnly = isHttpOnlyPrefixed(name);
  return buildSetCookie({
    name,
    value: "",
    path: scope.path ?? "/",
    domain: scope.domain,
    expires: new Date(0),
    maxAge: 0,
    secure,
    httpOnly,
    sameSite: extra.sameSite,
    partitioned: extra.partitioned,
  });
}
