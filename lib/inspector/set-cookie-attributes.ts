export interface AttributePart {
  name: string;
  value: string | null;
}

export interface SetCookieParts {
  name: string;
  value: string;
  attributes: AttributePart[];
}

/**
 * Splits a Set-Cookie line into name, value and attributes for display (RFC 6265bis §5.6 steps 1-3:
 * the first ";" ends the name-value pair, the first "=" splits it). Display only: the browser's
 * verdict comes from the explainer.
 */
export function splitSetCookie(line: string): SetCookieParts {
  const [pair = "", ...rest] = line.split(";");
  const eq = pair.indexOf("=");
  const name = eq === -1 ? "" : pair.slice(0, eq).trim();
  const value = eq === -1 ? pair.trim() : pair.slice(eq + 1).trim();
  const attributes = rest
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map((a) => {
      const i = a.indexOf("=");
      return i === -1 ? { name: a, value: null } : { name: a.slice(0, i).trim(), value: a.slice(i + 1).trim() };
    });
  return { name, value, attributes };
}

/** True when the line asks the browser to delete the cookie (Max-Age ≤ 0, or an Expires in the past). */
export function isDeletion(parts: SetCookieParts, now = Date.now()): boolean {
  const maxAge = parts.attributes.findLast((a) => a.name.toLowerCase() === "max-age");
  if (maxAge?.value != null && /^-?\d+$/.test(maxAge.value)) return Number(maxAge.value) <= 0;
  const expires = parts.attributes.findLast((a) => a.name.toLowerCase() === "expires");
  return expires?.value != null && Date.parse(expires.value) <= now;
}

/** When the cookie expires (ms), Max-Age winning over Expires (RFC 6265bis §5.7 step 3), or null for a session cookie. */
export function expiresAt(parts: SetCookieParts, receivedAt: number): number | null {
  const maxAge = parts.attributes.findLast((a) => a.name.toLowerCase() === "max-age");
  if (maxAge?.value != null && /^-?\d+$/.test(maxAge.value)) return receivedAt + Number(maxAge.value) * 1000;
  const expires = parts.attributes.findLast((a) => a.name.toLowerCase() === "expires");
  const date = expires?.value == null ? NaN : Date.parse(expires.value);
  return Number.isNaN(date) ? null : date;
}

export function hasFlag(parts: SetCookieParts, flag: string): boolean {
  return parts.attributes.some((a) => a.name.toLowerCase() === flag.toLowerCase());
}
