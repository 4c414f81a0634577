/** Quotes a string for a POSIX shell: inside single quotes everything is literal except ' itself. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface CurlInput {
  method: string;
  url: string;
  cookieHeader?: string | null;
  body?: unknown;
}

/** The same call as a copyable curl command (-i shows the Set-Cookie lines). */
export function toCurl({ method, url, cookieHeader, body }: CurlInput): string {
  const parts = ["curl", "-i"];
  if (method !== "GET") parts.push("-X", method);
  parts.push(shellQuote(url));
  if (cookieHeader) parts.push("-H", shellQuote(`Cookie: ${cookieHeader}`));
  if (body !== undefined) parts.push("-H", shellQuote("Content-Type: application/json"), "--data", shellQuote(JSON.stringify(body)));
  return parts.join(" ");
}
