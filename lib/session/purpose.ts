/*
 * What a token, a seal or a session is for. The login (and the tamper lab's issue, which plays
 * a login) mints identity; the data APIs (POST /api/jwt, /api/sealed, /api/session) store
 * whatever a visitor sends, so what they sign must never count as identity: a server that signs
 * anything it is given, and later trusts its own signature as proof of who you are, is a signing
 * oracle.
 */

export const PURPOSES = ["login", "data"] as const;
export type Purpose = (typeof PURPOSES)[number];

export const isPurpose = (value: unknown): value is Purpose => (PURPOSES as readonly unknown[]).includes(value);

/**
 * A server session has no envelope to stamp: its identity lives under this one data key, which
 * only the login writes and every data API refuses (validations/session.ts).
 */
export const LOGIN_KEY = "login";
