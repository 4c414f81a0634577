import { trimWsp } from "../cookie/parse";
import { decodeByteString, type RawBytes } from "./wire-text";

export interface SentCookie {
  name: string;
  value: string;
  /** In the exchange only, and only when the name is not plain ASCII: its bytes (see wire-text.ts). */
  nameRaw?: RawBytes;
  /** In the exchange only, and only when the value is not plain ASCII: its bytes (see wire-text.ts). */
  valueRaw?: RawBytes;
}


/**
 * Splits a Cookie request header into its pairs, in the order the browser sent them, keeping
 * duplicates (two cookies may share a name with different paths) and nameless cookies.
 *
 * By hand because the lab must show exactly what arrived: cookie-parser and Next's
 * `request.cookies` decode values and collapse duplicate names into one.
 * RFC 6265bis §5.8.3 step 4: pairs are joined by "; "; a pair without "=" is a nameless cookie.
 * Works on text and on a header's byte string alike: ";" and "=" are never part of a UTF-8 sequence.
 */
export function parseCookieHeader(header: string | null): SentCookie[] {
  if (!header) return [];
  const pairs: SentCookie[] = [];
  for (const piece of header.split(";")) {
    // Spaces and tabs only (trimWsp, an index scan: a regex trim is quadratic on a visitor's long run
    // of spaces). Not String#trim, which also strips U+00A0: in a header's byte string that is the
    // byte A0, the second byte of "à" in UTF-8.
    const pair = trimWsp(piece);
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    pairs.push(eq === -1 ? { name: "", value: pair } : { name: trimWsp(pair.slice(0, eq)), value: trimWsp(pair.slice(eq + 1)) });
  }
  return pairs;
}

/**
 * The pairs of a Cookie header as the server received it (a byte string), each name and value
 * decoded as UTF-8, with its bytes beside it when it is not plain ASCII. Split before decoding, so
 * a byte that is not UTF-8 stays inside its own cookie.
 */
export function decodeCookieHeader(byteString: string | null): SentCookie[] {
  return parseCookieHeader(byteString).map(({ name, value }) => {
    const n = decodeByteString(name);
    const v = decodeByteString(value);
    return { name: n.text, value: v.text, ...(n.raw && { nameRaw: n.raw }), ...(v.raw && { valueRaw: v.raw }) };
  });
}
