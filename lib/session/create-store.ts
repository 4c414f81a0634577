import { join } from "node:path";
import { dataDir, type Env } from "./data-dir";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import { SqliteStore } from "./sqlite-store";
import type { SessionStore, StoreKind } from "./store";

const KINDS: readonly StoreKind[] = ["sqlite", "memory", "redis"];

/** Builds the store `SESSION_STORE` names (sqlite by default); Redis reads `REDIS_URL`. */
export function createStore(env: Env = process.env): SessionStore {
  const kind = (env.SESSION_STORE || "sqlite").trim().toLowerCase();
  switch (kind) {
    case "sqlite":
      return new SqliteStore({ path: join(dataDir(env), "sessions.sqlite") });
    case "memory":
      return new MemoryStore();
    case "redis":
      return new RedisStore({ url: env.REDIS_URL || "redis://127.0.0.1:6379" });
    default:
      throw new Error(`SESSION_STORE must be one of ${KINDS.join(", ")}; it is "${kind}".`);
  }
}

// Kept on globalThis so that Next.js dev-mode module reloads reuse one connection per process.
const slot = globalThis as typeof globalThis & { __sessionStore?: SessionStore };

/** The process-wide store, created on first use. */
export function getSessionStore(): SessionStore {
  slot.__sessionStore ??= createStore();
  return slot.__sessionStore;
}
