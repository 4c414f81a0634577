import { ApiError } from "../../http/api-error";
import { MAX_NAME_VALUE_OCTETS, octets } from "../../cookie/grammar";

/**
 * A sealed cookie or a JWT carries all its data in the cookie, so it hits the browser's 4096-byte
 * limit on name + value (RFC 6265bis §5.6). Refuse before sending a cookie the browser would drop.
 */
export function assertCookieFits(name: string, value: string, what: string): void {
  const size = octets(name) + octets(value);
  if (size > MAX_NAME_VALUE_OCTETS) {
    throw new ApiError(
      413,
      "cookie_too_large",
      `The ${what} would be ${size} bytes, and browsers drop any cookie over ${MAX_NAME_VALUE_OCTETS} bytes, so nothing was set. A server-side session has no such limit: only its ID travels.`,
    );
  }
}
