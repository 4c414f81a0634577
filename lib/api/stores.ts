import { respond } from "../exchange/exchange";
import type { ServerNote, ServerSessionState, StoresRestartState } from "../exchange/server-state";
import { ApiError } from "../http/api-error";
import { readJson } from "../http/read-json";
import { sessionPatchBody } from "../validations/session";
import { sendMechanismReply } from "./state-routes";
import { budgetClient } from "../http/client-address";
import { isSecureRequest } from "../http/public-origin";
import { sessionCookie, sessionCookieName } from "../session/cookie-policy";
import { buildStore, DEFAULT_REDIS_URL, getSessionStore } from "../session/create-store";
import { getNewSessionLimit } from "../session/runtime";
import type { Env } from "../session/data-dir";
import { SessionManager, type SessionResult } from "../session/manager";
import { isWellFormedSessionId, newSessionId } from "../session/session-id";
import type { SessionStore, StoreKind } from "../session/store";
import { serverReply, sessionCookieLine, sessionRequest } from "./mechanisms/server";
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
export function storesReply(request: Request, call: StoresCall, result: SessionResult): MechanismReply<ServerSessionState> {
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

/** What a refused request to /api/stores reports as the server's state. */
export const STORES_ERROR_VIEW = { mechanism: "server", summary: "Nothing was read or changed." } as const satisfies ServerNote;

// The stores demo: the same three verbs as /api/session, on the store ?store= names, each store
// with its own cookie. The store is checked (and Redis's configuration) before anything is read.

/** GET /api/stores[?store=]: without a store, which stores this server can show (so the page never provokes a 503); with one, reads its session. */
export async function readStore(request: Request): Promise<Response> {
  if (!new URL(request.url).searchParams.has("store")) {
    const stores = { memory: true, sqlite: true, redis: redisConfigured() };
    const summary = stores.redis ? "This server can show all three stores." : "This server can show memory and SQLite; Redis is not configured here.";
    return respond(request, { server: { mechanism: "server", summary } satisfies ServerNote, body: { stores } });
  }
  const call = storesCall(request, parseStoreKind(request.url), false);
  return sendMechanismReply(request, storesReply(request, call, await call.manager.read(sessionRequest(request, call.manager))));
}

/** POST /api/stores?store=: merges the JSON body into that store's session. */
export async function writeStore(request: Request): Promise<Response> {
  const kind = parseStoreKind(request.url);
  // The body is checked before a visitor's memory store is made for the write.
  const patch = await readJson(request, sessionPatchBody);
  const call = storesCall(request, kind, true);
  return sendMechanismReply(request, storesReply(request, call, await call.manager.write(sessionRequest(request, call.manager), patch)));
}

/** DELETE /api/stores?store=: ends that store's session. */
export async function endStoreSession(request: Request): Promise<Response> {
  const call = storesCall(request, parseStoreKind(request.url), false);
  return sendMechanismReply(request, storesReply(request, call, await call.manager.destroy(sessionRequest(request, call.manager))));
}

const UNTOUCHED =
  "Other visitors' memory stores, and the SQLite and Redis sessions, are untouched: a real restart would empty every visitor's memory sessions at once, but here each visitor has a memory store of their own.";

/**
 * POST /api/stores/restart: a simulated restart of this visitor's memory store in the stores demo
 * (the process itself keeps running, and other visitors' memory stores are left alone).
 */
export async function simulateRestart(request: Request): Promise<Response> {
  const lost = await restartMemoryStore(request);
  const summary =
    lost === null
      ? `Simulated restart: this browser has no memory store yet (write to it first), so nothing was lost. ${UNTOUCHED}`
      : `Simulated restart: this browser's memory store was emptied as a process restart would empty it, and ${lost} session${lost === 1 ? " was" : "s were"} lost. ${UNTOUCHED} The browser still holds its cookie; the server no longer knows that memory ID.`;
  const server = { mechanism: "server", store: "memory", summary, lost: lost ?? 0, simulated: true } satisfies StoresRestartState;
  return respond(request, { server, body: { message: summary } });
}
