import { createHash, timingSafeEqual } from "node:crypto";

/** The documented demo login. Public on purpose: it only unlocks the demo's own pretend data. */
export const DEMO_ACCOUNT = { username: "ada", password: "lovelace", displayName: "Ada Lovelace" } as const;

// Hashing both sides to a fixed length lets timingSafeEqual compare inputs of any length
// without leaking it. A real app stores a slow, salted hash (argon2id, scrypt or bcrypt) per
// user, never the password (OWASP Password Storage Cheat Sheet).
const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** The user's public profile when the credentials match the demo account, else null. */
export function verifyCredentials(username: unknown, password: unknown): { username: string; displayName: string } | null {
  if (typeof username !== "string" || typeof password !== "string") return null;
  // Both comparisons always run, so the time does not tell whether the username was right.
  const userOk = constantTimeEqual(username, DEMO_ACCOUNT.username);
  const passOk = constantTimeEqual(password, DEMO_ACCOUNT.password);
  return userOk && passOk ? { username: DEMO_ACCOUNT.username, displayName: DEMO_ACCOUNT.displayName } : null;
}
