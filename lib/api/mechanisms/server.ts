import { buildClearCookie, buildSetCookie } from "../../cookie/build";
import { budgetClient } from "../../http/client-address";
import { isSecureRequest } from "../../http/public-origin";
import { sessionCookieName, type SessionCookie } from "../../session/cookie-policy";
import type { SessionManager, SessionRequest, SessionResult } from "../../session/manager";
import { LOGIN_KEY } from "../../session/purpose";
import { getSessionManager } from "../../session/runtime";
import type { SessionPatch } from "../../session/store";
import { crossSiteAttributes } from "../cross-site";
import { requestCookie } from "../request-cookies";
import type { ServerLoginState, ServerSessionState } from "../../exchange/server-state";
import type { LoginIdentity, MechanismReply } from "./types";

const iso = (ms: number) => new Date(ms).toISOString();

/** What each store costs, said where the learner sees the store (DESIGN.md: where the data lives). */
const STORE_NOTES = {
  sqlite: "Kept in a SQLite file on this server's disk: it survives a restart, but other servers cannot see it.",
  memory: "Kept in this app process's memory: a restart loses every session, and other instances cannot see it.",
  redis: "Kept in Redis, outside the app: it survives an app restart, and every instance sharing this Redis sees it.",
} as const;

/** The session cookie this manager (the site's, by default) reads from the request. */
export function sessionRequest(request: Request, manager?: SessionManager): SessionRequest {
  const secure = isSecureRequest(request);
  return { id: requestCookie(request, manager ? manager.cookieName(secure) : sessionCookieName(secure)), secure, client: budgetClient(request) };
}

/** The session cookie's line; in a cross-site embed, with the attributes a third-party cookie needs (cross-site.ts). */
export function sessionCookieLine(cookie: SessionCookie, request?: Request): string {
  const cross = request ? crossSiteAttributes(request) : null;
  if (cookie.maxAge === 0) return buildClearCookie(cookie.name, {}, cross ?? {});
  return buildSetCookie({
    name: cookie.name,
    value: cookie.value,
    path: cookie.path,
    maxAge: cookie.maxAge ?? undefined,
    httpOnly: true,
    secure: cookie.secure,
    sameSite: "Lax",
    ...cross,
  });
}

/** The server column: the store's record for this visitor, with its timestamps, after the request. */
export function serverReply(request: Request, manager: SessionManager, result: SessionResult): MechanismReply<ServerSessionState> {
  const headers = new Headers();
  if (result.cookie) headers.append("set-cookie", sessionCookieLine(result.cookie, request));
  const s = result.session;
  return {
    headers,
    server: {
      mechanism: "server",
      store: manager.store.kind,
      storeNote: STORE_NOTES[manager.store.kind],
      summary: result.message,
      outcome: result.outcome,
      session: s && {
        id: s.id,
        data: s.data,
        createdAt: iso(s.createdAt),
        lastSeenAt: iso(s.lastSeenAt),
        idleExpiresAt: iso(s.idleExpiresAt),
        absoluteExpiresAt: iso(s.absoluteExpiresAt),
      },
      limits: {
        idleTimeoutSeconds: manager.idleTimeoutMs / 1000,
        absoluteTimeoutSeconds: manager.absoluteTimeoutMs / 1000,
        rolling: manager.rolling,
        renewAfterSeconds: manager.touchAfterMs / 1000,
        maxDataBytes: manager.maxDataBytes,
      },
    },
  };
}

export const serverMechanism = {
  async read(request: Request) {
    const manager = getSessionManager();
    return serverReply(request, manager, await manager.read(sessionRequest(request)));
  },
  async write(request: Request, patch: SessionPatch) {
    const manager = getSessionManager();
    return serverReply(request, manager, await manager.write(sessionRequest(request), patch));
  },
  async clear(request: Request) {
    const manager = getSessionManager();
    return serverReply(request, manager, await manager.destroy(sessionRequest(request)));
  },
  /**
   * Login moves the session to a fresh ID (fixation defence): both IDs are shown. The identity goes
   * under the one key only the login writes: the data APIs refuse it, so a `user` or `role` a
   * visitor stored is only data.
   */
  async login(request: Request, identity: LoginIdentity) {
    const manager = getSessionManager();
    const req = sessionRequest(request);
    const result = await manager.regenerate(req, { [LOGIN_KEY]: { ...identity } });
    const reply = serverReply(request, manager, result);
    return { ...reply, server: { ...reply.server, previousId: req.id ?? null, newId: result.session?.id ?? null } satisfies ServerLoginState };
  },
  /** Logout deletes the record on the server: the old cookie is worthless from now on. */
  async logout(request: Request) {
    return serverMechanism.clear(request);
  },
};
