/**
 * The edits a learner (or an attacker) would try on each lab cookie. Pure functions, shared by the
 * page's quick-edit buttons and their tests.
 */

/** Swaps one character in the middle (A for anything else, B for an A): the smallest possible edit. */
export function changeOneCharacter(value: string): string {
  if (value === "") return value;
  const at = Math.floor(value.length / 2);
  return value.slice(0, at) + (value[at] === "A" ? "B" : "A") + value.slice(at + 1);
}

/** role=user becomes role=admin in a form-encoded raw cookie. */
export function promoteRawClaim(value: string): string {
  const params = new URLSearchParams(value);
  params.set("role", "admin");
  return params.toString();
}

function base64UrlDecode(part: string): string {
  const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function base64UrlEncode(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A JWT's payload as anyone can read it: base64url, no secret needed (RFC 7519 §3). Null if unreadable. */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const value: unknown = JSON.parse(base64UrlDecode(part));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Rewrites the payload with role "admin" and keeps the old signature: what a forger can do without the secret. */
export function promoteJwt(token: string): string {
  const [header = "", , signature = ""] = token.split(".");
  const payload = decodeJwtPayload(token);
  if (!payload) return token;
  return [header, base64UrlEncode(JSON.stringify({ ...payload, role: "admin" })), signature].join(".");
}
