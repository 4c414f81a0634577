/**
 * The lab's per-session limit: 1 MiB of JSON-serialised data, so the size-limit demo can show a
 * session holding a megabyte where a cookie stops at 4096 bytes. Only the ID travels, so this
 * limit costs the store, never the wire. (SessionManager's own default, 8192, suits a real app.)
 */
export const SESSION_MAX_DATA_BYTES = 1024 * 1024;

/**
 * Each store's default budget for all its sessions' data together (the same JSON measure), so a
 * flood of large sessions cannot fill the disk, Redis or the app's memory: at the per-session
 * limit, 256 sessions of a megabyte. Past it the site's stores end the least recently used
 * anonymous sessions, and refuse (503 store_full) only when logins fill it; the memory store always
 * evicts. `SESSION_STORE_MAX_BYTES` overrides it.
 */
export const STORE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Each client's share of a store (by address: lib/http/client-address.ts), in the same JSON bytes:
 * a quarter of the store, so one visitor can never fill it. Sized for a whole class behind one
 * school router: 40 learners who each grow a session to the 1 MiB limit hold 40 MiB. Past it the
 * client is answered 429 and nobody else notices. `CLIENT_MAX_BYTES` overrides it.
 */
export const CLIENT_MAX_BYTES = STORE_MAX_BYTES / 4;

/**
 * Sessions one client may start per 10 minutes (a token bucket that refills evenly): far above a
 * class, whose 40 learners start a few sessions each per demo. `CLIENT_NEW_SESSIONS` overrides it.
 */
export const CLIENT_NEW_SESSIONS = 1200;

/**
 * The part of each store's caps (sessions and bytes) kept for logins: anonymous sessions are
 * refused once the rest is used, so a store filled by a flood still lets people log in.
 */
export const LOGIN_RESERVE_FRACTION = 1 / 16;

/** Retry-After on a client's full byte budget: its share frees up only as its sessions end. */
export const CLIENT_BYTES_RETRY_SECONDS = 60;
