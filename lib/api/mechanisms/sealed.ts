import type { Purpose } from "../../session/purpose";
import { readSeal, seal } from "../../session/sealed";
import { applyPatch, type SessionData, type SessionPatch } from "../../session/store";
import { requestCookie } from "../request-cookies";
import { clearStateCookie, setStateCookie, stateCookieName } from "../state-cookie";
import { assertCookieFits } from "./cookie-size";
import type { SealedState } from "../../exchange/server-state";
import type { LoginIdentity, MechanismReply } from "./types";

const BASE = "sealed";
/** iron-session's default lifetime. */
const TTL_SECONDS = 14 * 24 * 3600;

const NOTHING_KEPT = "The server keeps nothing: the data travels in the encrypted cookie, which only this server's secret can open.";

async function current(request: Request) {
  return readSeal(requestCookie(request, stateCookieName(BASE, request)));
}

/** What the seal said beside its payload: its purpose, secret, size and expiry, or why it did not open. */
type SealDetails = Omit<SealedState, "mechanism" | "summary" | "holds" | "payload">;

function reply(headers: Headers, summary: string, data: SessionData | null, details: SealDetails): MechanismReply<SealedState> {
  return { headers, server: { mechanism: "sealed", summary, holds: "nothing", payload: data, ...details } };
}

async function store(request: Request, data: SessionData, summary: string, purpose: Purpose): Promise<MechanismReply<SealedState>> {
  const value = await seal(data, { ttlSeconds: TTL_SECONDS, purpose });
  assertCookieFits(stateCookieName(BASE, request), value, "sealed cookie");
  const headers = new Headers();
  setStateCookie(headers, request, BASE, value, TTL_SECONDS);
  return reply(headers, summary, data, { purpose, sealBytes: value.length, expiresAt: new Date(Date.now() + TTL_SECONDS * 1000).toISOString() });
}

export const sealedMechanism = {
  async read(request: Request) {
    const r = await current(request);
    if (r.ok) {
      const opened =
        r.secret === "current"
          ? "The seal opened with this server's secret."
          : "The seal opened with the previous secret, kept after a rotation so no one is logged out; the next write reseals it with the current one.";
      return reply(new Headers(), `${opened} ${NOTHING_KEPT}`, r.data, {
        purpose: r.purpose,
        secret: r.secret,
        sealBytes: r.sealBytes,
        expiresAt: r.expiresAt === null ? null : new Date(r.expiresAt).toISOString(),
      });
    }
    return reply(new Headers(), `No session: ${r.reason.message}`, null, { sealBytes: r.sealBytes, reason: r.reason });
  },
  async write(request: Request, patch: SessionPatch) {
    const r = await current(request);
    // This route seals whatever it is sent, so it only ever seals data: a login seal it wrote could
    // carry any user and role a visitor posted.
    const wasLogin =
      r.ok && r.purpose === "login"
        ? ` The seal you sent was a login seal; this route seals data only (purpose "data", inside the seal), so the new one no longer logs you in.`
        : "";
    return store(
      request,
      applyPatch(r.ok ? r.data : {}, patch),
      `The data was merged and sealed again for purpose "data"; the whole new seal is sent back in Set-Cookie.${wasLogin} ${NOTHING_KEPT}`,
      "data",
    );
  },
  async clear(request: Request) {
    const headers = new Headers();
    clearStateCookie(headers, request, BASE);
    return reply(
      headers,
      "The cookie is cleared in this browser. The server kept nothing, so there is nothing to revoke: a copy of the seal still opens until it expires.",
      null,
      {},
    );
  },
  async login(request: Request, identity: LoginIdentity) {
    return store(
      request,
      { ...identity },
      `Logged in: the identity is sealed into the cookie with the purpose "login", which only the login writes. ${NOTHING_KEPT}`,
      "login",
    );
  },
  async logout(request: Request) {
    return sealedMechanism.clear(request);
  },
};
