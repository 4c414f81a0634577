import type { RawBytes } from "@/lib/exchange/wire-text";

/**
 * One line for the inspector beside a header, name or value that is not plain ASCII: how many bytes
 * crossed the wire and which, since the text above it is those bytes decoded as UTF-8.
 */
export function describeRawBytes(raw: RawBytes): string {
  const count = `${raw.bytes} byte${raw.bytes === 1 ? "" : "s"}`;
  return raw.utf8
    ? `${count} on the wire, UTF-8: ${raw.escaped}`
    : `${count} on the wire, not valid UTF-8 (each bad byte shows as \ufffd above): ${raw.escaped}`;
}
