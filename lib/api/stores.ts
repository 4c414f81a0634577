import { ApiError } from "../http/api-error";
import { budgetClient } from "../http/client-address";
import { isSecureRequest } from "../http/public-origin";
import { sessionCookie, sessionCookieName } from "../session/cookie-policy";
import { buildStore, DEFAULT_REDIS_URL, getSessionStore } from "../session/create-store";
import { getNewSessionLimit } from "../session/runtime";
import type { Env } from "../session/data-dir";
import { SessionManager, type SessionResult } from "../session/manager";
import { isWellFormedSessionId, newSessionId } from "../session/session-id";
import type { SessionStore, StoreKind } from "../session/store";
import { serverReply, sessionCookieLine } from "./mechanisms/server";
import type { MechanismReply } from "./mechanisms/types";
import { requestCookie } from "./request-cookies";
import { VisitorMemoryStores } from "./visitor-stores";

export const DEMO_STORES = ["memory", "sqlite", "redis"] as const satisfies readonly StoreKind[];

/** The stores demo's cookie for each store: `__Host-stores-memory` and so on, one session per store. */
export const storesCookie = (kind: StoreKind) => `stores-${kind}`;

/** Redis is shown only when this server was given one: REDIS_URL set, or the site itself on Redis. */
export function redisConfigured(env: Env = process.env): boolean {
  return Boolean(env.REDIS_URL?.trim()) || env.SESSION_STORE?.trim().toLowerCase() === "redis";
}

/**
 * The stores demo's visitor cookie (`__Host-stores-visitor` on a secure origin): a random ID that
 * names this browser's own memory store (visitor-stores.ts), so a simulated restart empties only
 * the store of the visitor who pressed it.
 */
export const STORES_VISITOR_COOKIE = "stores-visitor";

// Kept on globalThis, like the site's store, so dev-mode module reloads reuse them.
const slot = globalThis as typeof globalThis & { __storesDemo?: Partial<Record<StoreKind, SessionStore>>; __storesVisitors?: VisitorMemoryStores };

/** Every visitor's memory store of the demo (bounded: see visitor-stores.ts). */
export function visitorMemoryStores(): VisitorMemoryStores {
  return (slot.__storesVisitors ??= new VisitorMemoryStores());
}

/**
 * The demo's SQLite or Redis store: the site's own when it is that kind, else one of the demo's.
 * (Memory is never shared: each visitor has their own, see `storesCall`.)
 */
export function demoStore(kind: Exclude<StoreKind, "memory">, env: Env = process.env): SessionStore {
  const stores = (slot.__storesDemo ??= {});
  const existing = stores[kind];
  if (existing) return existing;
  if (kind === "redis" && !redisConfigured(env)) {
    throw new ApiError(
      503,
      "store_not_configured",
      `Redis is not configured on this server: start a redis-server and restart the app with REDIS_URL=${DEFAULT_REDIS_URL} to compare it.`,
    );
  }
  const site = getSessionStore();
  const store = site.kind === kind ? site : buildStore(kind, env);
  stores[kind] = store;
  return store;
}

/** The visitor the request names with its visitor cookie, or a new one when it carries none (or a malformed one). */
function storesVisitor(request: Request): { id: string; known: boolean } {
  const sent = requestCookie(request, sessionCookieName(isSecureRequest(request), STORES_VISITOR_COOKIE));
  return isWellFormedSessionId(sent) ? { id: sent, known: true } : { id: newSessionId(), known: false };
}

export interface StoresCall {
  manager: SessionManager;
  /** For the memory store: whose store it is. */
  visitor: string | null;
}

/**
 * The demo's session manager for one call on one store. Memory: the visitor's own store, made on
 * a write (`write`) when they have none; a read or delete without one finds an empty store.
 */
export function storesCall(request: Request, kind: StoreKind, write: boolean): StoresCall {
  const newSessionLimit = getNewSessionLimit();
  if (kind !== "memory") return { manager: new SessionManager({ store: demoStore(kind), cookieName: storesCookie(kind), newSessionLimit }), visitor: null };
  const { id } = storesVisitor(request);
  const store = visitorMemoryStores().get(id, write, budgetClient(request));
  return { manager: new SessionManager({ store, cookieName: storesCookie("memory"), newSessionLimit }), visitor: id };
}

/**
 * The inspector's reply; when a memory session starts, with the visitor cookie too, its Max-Age
 * the session's absolute timeout, so the cookie that names the store outlives every session in it.
 */
export function storesReply(request: Request, call: StoresCall, result: SessionResult): MechanismReply {
  const reply = serverReply(request, call.manager, result);
  if (call.visitor !== null && result.outcome === "created") {
    const cookie = sessionCookie(isSecureRequest(request), call.visitor, call.manager.absoluteTimeoutMs / 1000, STORES_VISITOR_COOKIE);
    reply.headers.append("set-cookie", sessionCookieLine(cookie, request));
  }
  return reply;
}

/**
 * Empties the memory store of the visitor who asks, the way a process restart would empty the
 * process's memory: the process keeps running, the visitor's Map of sessions is replaced by an
 * empty one, and every other visitor's store is left alone. Returns how many sessions were lost,
 * or null when this browser has no memory store yet.
 */
export async function restartMemoryStore(request: Request): Promise<number | null> {
  const visitor = storesVisitor(request);
  const stores = visitorMemoryStores();
  if (!visitor.known || !stores.has(visitor.id)) return null;
  return stores.restart(visitor.id);
}

export function parseStoreKind(url: string): StoreKind {
  const store = new URL(url).searchParams.get("store");
  const kind = DEMO_STORES.find((k) => k === store);
  if (!kind)
    throw new ApiError(
      400,
      "invalid_store",
      `store must be memory, sqlite or redis (as ?store=memory); it is ${store === null ? "missing" : JSON.stringify(store)}.`,
    );
  return kind;
}
