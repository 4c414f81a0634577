import { join } from "node:path";
import { dataDir, type Env } from "./data-dir";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import { SqliteStore } from "./sqlite-store";
import type { SessionStore, StoreKind } from "./store";

const KINDS: readonly StoreKind[] = ["sqlite", "memory", "redis"];

/**
 * `SESSION_STORE_MAX_BYTES`: the budget for all sessions' data in a store, in bytes, or undefined
 * for the stores' default (`STORE_MAX_BYTES`, 256 MiB).
 */
export function storeMaxBytes(env: Env = process.env): number | undefined {
  const raw = env.SESSION_STORE_MAX_BYTES?.trim();
  if (!raw) return undefined;
  if (!/^[1-9][0-9]*$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new Error(`SESSION_STORE_MAX_BYTES must be a whole number of bytes, such as 268435456 for 256 MiB; it is "${raw}".`);
  }
  return Number(raw);
}

/** Builds the store `SESSION_STORE` names (sqlite by default); Redis reads `REDIS_URL`. */
export function createStore(env: Env = process.env): SessionStore {
  const kind = (env.SESSION_STORE || "sqlite").trim().toLowerCase();
  const maxBytes = storeMaxBytes(env);
  switch (kind) {
    case "sqlite":
      return new SqliteStore({ path: join(dataDir(env), "sessions.sqlite"), maxBytes });
    case "memory":
      return new MemoryStore({ maxBytes });
    case "redis":
      return new RedisStore({ url: env.REDIS_URL || "redis://127.0.0.1:6379", maxBytes });
    default:
      throw new Error(`SESSION_STORE must be one of ${KINDS.join(", ")}; it is "${kind}".`);
  }
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
