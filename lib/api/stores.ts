import { join } from "node:path";
import { ApiError } from "../http/api-error";
import { getSessionStore, storeMaxBytes, storeOptions } from "../session/create-store";
import { getNewSessionLimit } from "../session/runtime";
import { dataDir, type Env } from "../session/data-dir";
import { SessionManager } from "../session/manager";
import { MemoryStore } from "../session/memory-store";
import { RedisStore } from "../session/redis-store";
import { SqliteStore } from "../session/sqlite-store";
import type { SessionStore, StoreKind } from "../session/store";

export const DEMO_STORES = ["memory", "sqlite", "redis"] as const satisfies readonly StoreKind[];

/** The stores demo's cookie for each store: `__Host-stores-memory` and so on, one session per store. */
export const storesCookie = (kind: StoreKind) => `stores-${kind}`;

/** Redis is shown only when this server was given one: REDIS_URL set, or the site itself on Redis. */
export function redisConfigured(env: Env = process.env): boolean {
  return Boolean(env.REDIS_URL?.trim()) || env.SESSION_STORE?.trim().toLowerCase() === "redis";
}

// Kept on globalThis, like the site's store, so dev-mode module reloads reuse them.
const slot = globalThis as typeof globalThis & { __storesDemo?: Partial<Record<StoreKind, SessionStore>> };

/**
 * The demo's own store of each kind. Memory is always its own (so its simulated restart never
 * logs out the site's visitors); SQLite and Redis reuse the site's store when it is that kind.
 */
export function demoStore(kind: StoreKind, env: Env = process.env): SessionStore {
  const stores = (slot.__storesDemo ??= {});
  const existing = stores[kind];
  if (existing) return existing;
  if (kind === "redis" && !redisConfigured(env)) {
    throw new ApiError(
      503,
      "store_not_configured",
      "Redis is not configured on this server: start a redis-server and restart the app with REDIS_URL=redis://127.0.0.1:6379 to compare it.",
    );
  }
  const site = kind === "memory" ? null : getSessionStore();
  const store =
    site?.kind === kind
      ? site
      : kind === "memory"
        ? demoMemoryStore(env)
        : kind === "sqlite"
          ? new SqliteStore({ path: join(dataDir(env), "sessions.sqlite"), ...storeOptions(env) })
          : new RedisStore({ url: env.REDIS_URL?.trim() || "redis://127.0.0.1:6379", ...storeOptions(env) });
  stores[kind] = store;
  return store;
}

/** The demo's own memory store: a small cap, and the site's byte budget. */
function demoMemoryStore(env: Env = process.env): MemoryStore {
  return new MemoryStore({ maxSessions: 1000, maxBytes: storeMaxBytes(env) });
}

export function storesManager(kind: StoreKind): SessionManager {
  return new SessionManager({ store: demoStore(kind), cookieName: storesCookie(kind), newSessionLimit: getNewSessionLimit() });
}

/**
 * Empties the demo's memory store the way a process restart would: the process keeps running,
 * but the Map that held the sessions is replaced by an empty one. Returns how many were lost.
 */
export async function restartMemoryStore(): Promise<number> {
  const old = demoStore("memory");
  const lost = await old.count();
  await old.close();
  (slot.__storesDemo ??= {}).memory = demoMemoryStore();
  return lost;
}

export function parseStoreKind(url: string): StoreKind {
  const store = new URL(url).searchParams.get("store");
  const kind = DEMO_STORES.find((k) => k === store);
  if (!kind) throw new ApiError(400, "invalid_store", `store must be memory, sqlite or redis (as ?store=memory); it is ${store === null ? "missing" : JSON.stringify(store)}.`);
  return kind;
}
