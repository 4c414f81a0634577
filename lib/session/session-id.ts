import { randomBytes } from "node:crypto";

/**
 * 256 bits from the OS CSPRNG, base64url: 43 characters. OWASP asks for at least 64 bits of
 * entropy (Session Management Cheat Sheet, "Session ID Entropy"); 256 leaves no doubt.
 */
export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

// 32 bytes in base64url without padding: 42 free characters and a last one carrying 2 bits.
const SESSION_ID = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;

/** Whether a cookie value could be an ID this server issued; anything else is never looked up. */
export function isWellFormedSessionId(value: unknown): value is string {
  return typeof value === "string" && SESSION_ID.test(value);
}
