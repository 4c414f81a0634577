import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getSecret } from "./secret";

/**
 * The "log out everywhere" demo's accounts: one private account per learner, so that one learner
 * never sees, or ends, another's sessions (the shared ada / lovelace account would show everyone's).
 * The server stores no account: the username is random (48 bits), and the password is an HMAC of
 * it under the site's secret, shown once to whoever asked for the account. Anyone holding both can
 * log in, from any browser ("another device"); nobody can guess either. A real site stores a slow,
 * salted hash per user instead (OWASP Password Storage Cheat Sheet).
 */
export const DEVICE_USERNAME = /^learner-[0-9a-f]{12}$/;

const passwordFor = (username: string, secret: string) => createHmac("sha256", secret).update(`devices-account:${username}`).digest("base64url").slice(0, 16);

export function newDeviceAccount(secret = getSecret()): { username: string; password: string } {
  const username = `learner-${randomBytes(6).toString("hex")}`;
  return { username, password: passwordFor(username, secret) };
}

/** Whether the password is the one `newDeviceAccount` gave for this username. */
export function verifyDeviceAccount(username: string, password: string, secret = getSecret()): boolean {
  if (!DEVICE_USERNAME.test(username)) return false;
  const expected = Buffer.from(passwordFor(username, secret));
  const given = Buffer.from(password);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The store's owner key for an account's sessions (store.ts, SetOptions.owner). */
export const deviceOwner = (username: string) => `devices:${username}`;
