import type { RawBytes } from "@/lib/exchange/wire-text";

/** Quotes a string for a POSIX shell: inside single quotes everything is literal except ' itself. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Quotes bytes for bash's $'…' (ANSI-C quoting), from their escaped form (wire-text.ts): each %XX
 * becomes \xXX. For a header that is not valid UTF-8, which no text in single quotes can reproduce.
 */
export function shellQuoteBytes(escaped: string): string {
  return `$'${escaped.replace(/[\\']/g, (c) => `\\${c}`).replace(/%([0-9A-F]{2})/g, "\\x$1")}'`;
}

export interface CurlInput {
  method: string;
  url: string;
  cookieHeader?: string | null;
  /** The Cookie header's bytes when not plain ASCII (exchange.request.cookieHeaderRaw). */
  cookieHeaderRaw?: RawBytes;
  body?: unknown;
}

/** The same call as a copyable curl command (-i shows the Set-Cookie lines). */
export function toCurl({ method, url, cookieHeader, cookieHeaderRaw, body }: CurlInput): string {
  const parts = ["curl", "-i"];
  if (method !== "GET") parts.push("-X", method);
  parts.push(shellQuote(url));
  // Valid UTF-8 text in quotes is sent as the same bytes by a UTF-8 terminal; anything else as bytes.
  if (cookieHeaderRaw && !cookieHeaderRaw.utf8) parts.push("-H", shellQuoteBytes(`Cookie: ${cookieHeaderRaw.escaped}`));
  else if (cookieHeader) parts.push("-H", shellQuote(`Cookie: ${cookieHeader}`));
  if (body !== undefined) parts.push("-H", shellQuote("Content-Type: application/json"), "--data", shellQuote(JSON.stringify(body)));
  return parts.join(" ");
}
