import { readJwt, signJwt } from "../../session/jwt";
import type { Purpose } from "../../session/purpose";
import { applyPatch, type SessionPatch } from "../../session/store";
import { requestCookie } from "../request-cookies";
import { clearStateCookie, setStateCookie, stateCookieName } from "../state-cookie";
import { assertCookieFits } from "./cookie-size";
import type { LoginIdentity, MechanismReply } from "./types";

const BASE = "jwt";
const TTL_SECONDS = 3600;
/** Claims the signer sets itself; a patch never carries them over. */
const REGISTERED = ["iat", "exp", "nbf", "aud"];

const READABLE = "The server keeps nothing: the data is in the token, signed but not encrypted, so anyone holding it can read it with base64.";

async function current(request: Request) {
  return readJwt(requestCookie(request, stateCookieName(BASE, request)));
}

function withoutRegistered(payload: Record<string, unknown> | null): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload ?? {}).filter(([k]) => !REGISTERED.includes(k)));
}

async function issue(request: Request, payload: Record<string, unknown>, summary: string, purpose: Purpose): Promise<MechanismReply> {
  const token = await signJwt(payload, { ttlSeconds: TTL_SECONDS, purpose });
  assertCookieFits(stateCookieName(BASE, request), token, "token");
  const headers = new Headers();
  setStateCookie(headers, request, BASE, token, TTL_SECONDS);
  const decoded = await readJwt(token);
  return { headers, server: { mechanism: "jwt", summary, holds: "nothing", header: decoded.header, payload: decoded.payload, valid: decoded.valid, purpose: decoded.purpose, tokenBytes: token.length } };
}

export const jwtMechanism = {
  async read(request: Request) {
    const r = await current(request);
    const summary = r.valid ? `The signature checks out with this server's secret. ${READABLE}` : `No valid token: ${r.reason?.message ?? "unknown reason"}`;
    return { headers: new Headers(), server: { mechanism: "jwt", summary, holds: "nothing", header: r.header, payload: r.payload, valid: r.valid, purpose: r.purpose, reason: r.reason, tokenBytes: r.tokenBytes } } satisfies MechanismReply;
  },
  async write(request: Request, patch: SessionPatch) {
    const r = await current(request);
    const base = r.valid ? withoutRegistered(r.payload) : {};
    // This route signs whatever it is sent, so it only ever signs data: were its tokens to count as a
    // login, anyone could sign themselves in as anyone by posting {"user": "ada", "role": "admin"}.
    const wasLogin = r.valid && r.purpose === "login" ? ` The token you sent was a login token; this route signs data tokens only (aud "data"), so the new one no longer logs you in.` : "";
    return issue(request, applyPatch(base, patch), `The data was merged and a new token signed for aud "data"; the whole token is sent back in Set-Cookie.${wasLogin} ${READABLE}`, "data");
  },
  async clear(request: Request) {
    const headers = new Headers();
    clearStateCookie(headers, request, BASE);
    const summary = "The cookie is cleared in this browser. The server kept nothing, so it cannot revoke the token: a copy still passes the signature check until its exp.";
    return { headers, server: { mechanism: "jwt", summary, holds: "nothing" } } satisfies MechanismReply;
  },
  async login(request: Request, identity: LoginIdentity) {
    return issue(request, { sub: identity.user, ...identity }, `Logged in: the identity is in a token signed for aud "login", which only the login issues. ${READABLE}`, "login");
  },
  async logout(request: Request) {
    return jwtMechanism.clear(request);
  },
};
