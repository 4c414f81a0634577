import { readJson, readQuery } from "../http/read-json";
import { sessionPatchBody } from "../validations/session";
import { sendMechanismReply } from "./state-routes";
import { SessionManager } from "../session/manager";
import { getSessionStore } from "../session/create-store";
import { getNewSessionLimit } from "../session/runtime";
import { expiryQuery, type ExpiryQuery } from "../validations/expiry";
import { serverReply, sessionRequest } from "./mechanisms/server";
import type { ExpirySessionState, ServerNote } from "../exchange/server-state";
import type { MechanismReply } from "./mechanisms/types";
import type { SessionPatch } from "../session/store";

/** The expiry demo's own cookie, so its short-lived sessions never touch the site's `sid`. */
export const EXPIRY_COOKIE = "expiry-sid";

export const parseExpiryQuery = (url: string): ExpiryQuery => readQuery(url, expiryQuery);

/**
 * A manager with the demo's timers over the site's store. Managers hold no state of their own,
 * so one per request is fine. The cookie has no Max-Age (a browser-session cookie): the browser
 * keeps sending the ID, and the learner sees the server, not the browser, end the session. Expired
 * records stay 10 minutes so the next request can say which timeout ended it.
 */
export function expiryManager(q: ExpiryQuery): SessionManager {
  return new SessionManager({
    store: getSessionStore(),
    newSessionLimit: getNewSessionLimit(),
    idleTimeoutMs: q.idle * 1000,
    absoluteTimeoutMs: q.absolute * 1000,
    rolling: q.rolling === "on",
    touchAfterMs: 0, // the demo is about watching each read refill the idle timer
    cookieName: EXPIRY_COOKIE,
    persistentCookie: false,
    expiredGraceMs: 10 * 60_000,
  });
}

type Action = { kind: "read" } | { kind: "write"; patch: SessionPatch } | { kind: "destroy" };

/** Runs one action; the reply carries the server's clock so the page can count down without trusting its own. */
export async function expiryAction(request: Request, q: ExpiryQuery, action: Action): Promise<MechanismReply<ExpirySessionState>> {
  const manager = expiryManager(q);
  const req = sessionRequest(request, manager);
  const result =
    action.kind === "read" ? await manager.read(req) : action.kind === "write" ? await manager.write(req, action.patch) : await manager.destroy(req);
  const reply = serverReply(request, manager, result);
  return { ...reply, server: { ...reply.server, serverNow: new Date().toISOString() } };
}

/** What a refused request to /api/expiry reports as the server's state. */
export const EXPIRY_ERROR_VIEW = { mechanism: "server", summary: "Nothing was read or changed." } as const satisfies ServerNote;

// The expiry demo's server sessions: short idle and absolute timeouts (?idle=&absolute= in seconds),
// rolling renewal on or off (?rolling=on|off). The query is checked before anything is read.

/** GET /api/expiry: reads the demo session (and says which timeout ended it). */
export async function readExpiry(request: Request): Promise<Response> {
  const q = parseExpiryQuery(request.url);
  return sendMechanismReply(request, await expiryAction(request, q, { kind: "read" }));
}

/** POST /api/expiry: merges the JSON body into the demo session, creating it if there is none. */
export async function writeExpiry(request: Request): Promise<Response> {
  const q = parseExpiryQuery(request.url);
  const patch = await readJson(request, sessionPatchBody);
  return sendMechanismReply(request, await expiryAction(request, q, { kind: "write", patch }));
}

/** DELETE /api/expiry: ends the demo session. */
export async function endExpiry(request: Request): Promise<Response> {
  const q = parseExpiryQuery(request.url);
  return sendMechanismReply(request, await expiryAction(request, q, { kind: "destroy" }));
}
