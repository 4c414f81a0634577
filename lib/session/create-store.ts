import { join } from "node:path";
import { dataDir, type Env } from "./data-dir";
import { CLIENT_MAX_BYTES, LOGIN_RESERVE_FRACTION, STORE_MAX_BYTES } from "./limits";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import { SqliteStore } from "./sqlite-store";
import type { FairnessOptions, SessionStore, StoreKind } from "./store";

const KINDS: readonly StoreKind[] = ["sqlite", "memory", "redis"];

/** A whole, positive number from the environment variable `name`, or undefined when it is not set. */
function wholeNumber(env: Env, name: string, example: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^[1-9][0-9]*$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`${name} must be a whole number ${example}; it is "${raw}".`);
  }
  return Number(raw);
}

/**
 * `SESSION_STORE_MAX_BYTES`: the budget for all sessions' data in a store, in bytes, or undefined
 * for the stores' default (`STORE_MAX_BYTES`, 256 MiB).
 */
export function storeMaxBytes(env: Env = process.env): number | undefined {
  return wholeNumber(env, "SESSION_STORE_MAX_BYTES", "of bytes, such as 268435456 for 256 MiB");
}

/**
 * The caps and fairness options every store the site builds takes: the byte budget, each client's
 * share of it (`CLIENT_MAX_BYTES`, else a quarter of the budget, 64 MiB by default), the room kept
 * for logins, and, at a cap, eviction of the least recently used anonymous sessions before refusing anyone.
 */
export function storeOptions(env: Env = process.env): Required<FairnessOptions> & { maxBytes: number } {
  const maxBytes = storeMaxBytes(env) ?? STORE_MAX_BYTES;
  const perClient = wholeNumber(env, "CLIENT_MAX_BYTES", "of bytes, such as 67108864 for 64 MiB");
  const maxBytesPerClient = perClient ?? Math.floor((maxBytes * CLIENT_MAX_BYTES) / STORE_MAX_BYTES);
  return { maxBytes, maxBytesPerClient, loginReserve: LOGIN_RESERVE_FRACTION, evictAnonymous: true };
}

/** `CLIENT_NEW_SESSIONS`: how many sessions one client may start per 10 minutes (default 1200). */
export function clientNewSessions(env: Env = process.env): number | undefined {
  return wholeNumber(env, "CLIENT_NEW_SESSIONS", "of sessions per 10 minutes, such as 1200");
}

/** The Redis server when REDIS_URL is unset. */
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/** A new store of this kind, with the configured limits: SQLite in DATA_DIR, Redis at REDIS_URL. */
export function buildStore(kind: StoreKind, env: Env = process.env): SessionStore {
  const options = storeOptions(env);
  switch (kind) {
    case "sqlite":
      return new SqliteStore({ path: join(dataDir(env), "sessions.sqlite"), ...options });
    case "memory":
      return new MemoryStore(options);
    case "redis":
      return new RedisStore({ url: env.REDIS_URL?.trim() || DEFAULT_REDIS_URL, ...options });
  }
}

/** Builds the store `SESSION_STORE` names (sqlite by default). */
export function createStore(env: Env = process.env): SessionStore {
  const kind = (env.SESSION_STORE || "sqlite").trim().toLowerCase();
  const known = KINDS.find((k) => k === kind);
  if (!known) throw new Error(`SESSION_STORE must be one of ${KINDS.join(", ")}; it is "${kind}".`);
  return buildStore(known, env);
}

// Kept on globalThis so that Next.js dev-mode module reloads reuse one connection per process.
const slot = globalThis as typeof globalThis & { __sessionStore?: SessionStore };

/** The process-wide store, created on first use. */
export function getSessionStore(): SessionStore {
  if (!slot.__sessionStore) {
    slot.__sessionStore = createStore();
    // On SIGTERM or SIGINT, Next.js stops taking requests, lets those in flight finish, then exits:
    // close the store on the way out, so SQLite checkpoints its WAL and leaves one whole file.
    // (An "exit" listener runs synchronously; SQLite's close is synchronous.)
    const store = slot.__sessionStore;
    process.once("exit", () => void store.close());
  }
  return slot.__sessionStore;
}
