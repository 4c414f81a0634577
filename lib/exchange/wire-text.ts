/**
 * Header values reach a route handler as "byte strings": Node's HTTP parser and the Fetch API's
 * Headers read every byte of a header as one character U+0000–U+00FF (latin1). A cookie a browser
 * stored with `é` in it arrives as the two bytes C3 A9, that is the two characters "Ã©". Shown as
 * they are, they are mojibake; decoded as UTF-8 (the encoding browsers use for non-ASCII cookie
 * text) they are what the learner wrote. Bytes that are not valid UTF-8 cannot be shown as text, so
 * beside the decoded text the lab keeps the bytes themselves, escaped.
 */
import { parseCookieHeader, type SentCookie } from "../cookie/cookie-header";

/** The bytes behind a piece of header text that is not plain ASCII. */
export interface RawBytes {
  /** How many bytes crossed the wire. */
  bytes: number;
  /** Whether they are valid UTF-8. When not, the decoded text shows U+FFFD (�) for each bad sequence. */
  utf8: boolean;
  /** The bytes: printable ASCII as is; every other byte, and "%" itself, as %XX (upper-case hex). */
  escaped: string;
}

export interface WireText {
  /** The bytes decoded as UTF-8. */
  text: string;
  /** Only when the bytes hold something beside ASCII: their count, validity and escaped form. */
  raw?: RawBytes;
}

/** A pair of the Cookie header in the exchange: its text, and its bytes when not plain ASCII. */
export interface ExchangeCookie extends SentCookie {
  /** Only when the name is not plain ASCII: its bytes. */
  nameRaw?: RawBytes;
  /** Only when the value is not plain ASCII: its bytes. */
  valueRaw?: RawBytes;
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_A_BYTE = /[^\x00-\xff]/;

// ignoreBOM: a leading EF BB BF is a byte of the header like any other, not a mark to drop.
const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function hex(byte: number): string {
  return `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/** The bytes as ASCII text: printable ASCII but "%" as is, every other byte as %XX. */
export function escapeBytes(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : hex(b);
  return out;
}

/** The bytes a byte string stands for (one byte per character). */
export function byteStringBytes(byteString: string): Uint8Array {
  if (NOT_A_BYTE.test(byteString)) throw new TypeError("Not a byte string: a header value holds only characters U+0000 to U+00FF, one per byte.");
  return Uint8Array.from(byteString, (c) => c.charCodeAt(0));
}

/**
 * Decodes a header byte string as UTF-8 for display (WHATWG "UTF-8 decode", replacement on error).
 * ASCII is returned as it came, without `raw`; anything else comes with its bytes.
 */
export function decodeByteString(byteString: string): WireText {
  if (ASCII.test(byteString)) return { text: byteString };
  const bytes = byteStringBytes(byteString);
  let utf8 = true;
  try {
    strict.decode(bytes);
  } catch {
    utf8 = false;
  }
  return { text: lenient.decode(bytes), raw: { bytes: bytes.length, utf8, escaped: escapeBytes(bytes) } };
}

/**
 * The pairs of a Cookie header as the server received it (a byte string), each name and value
 * decoded as UTF-8, with its bytes beside it when it is not plain ASCII. Split before decoding, so
 * a byte that is not UTF-8 stays inside its own cookie.
 */
export function decodeCookieHeader(byteString: string | null): ExchangeCookie[] {
  return parseCookieHeader(byteString).map(({ name, value }) => {
    const n = decodeByteString(name);
    const v = decodeByteString(value);
    return { name: n.text, value: v.text, ...(n.raw && { nameRaw: n.raw }), ...(v.raw && { valueRaw: v.raw }) };
  });
}
