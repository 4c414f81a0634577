import { MAX_NAME_VALUE_OCTETS } from "@/lib/cookie/grammar";
import { SESSION_MAX_DATA_BYTES } from "@/lib/session/limits";

/** The cookie the demo grows; its name counts towards the 4096 bytes too (RFC 6265bis §5.6). */
export const BIG_COOKIE = "big";

/** Name + value sizes to try: comfortably under, exactly at, and one byte over the browser's limit. */
export const COOKIE_SIZES = [1024, MAX_NAME_VALUE_OCTETS, MAX_NAME_VALUE_OCTETS + 1] as const;

/** A decimal megabyte: well under the lab's 1 MiB per session, with room for other keys. */
export const SESSION_FILL = 1_000_000;
/** Asking for the whole 1 MiB as filler leaves no room for the JSON around it: the server refuses. */
export const SESSION_OVER = SESSION_MAX_DATA_BYTES;

/** The value that makes name + value exactly `total` bytes (all ASCII, so characters are bytes). */
export function valueFor(total: number): string {
  return "v".repeat(total - BIG_COOKIE.length);
}
