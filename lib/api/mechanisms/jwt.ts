import { ApiError } from "../../http/api-error";
import { publicOrigin } from "../../http/public-origin";
import { readJwt, signJwt, type JwtReadResult } from "../../session/jwt";
import { isJwtAlg, type JwtAlg } from "../../session/jwt-keys";
import type { Purpose } from "../../session/purpose";
import { applyPatch, type SessionPatch } from "../../session/store";
import { requestCookie } from "../request-cookies";
import { clearStateCookie, setStateCookie, stateCookieName } from "../state-cookie";
import { assertCookieFits } from "./cookie-size";
import type { JwtState } from "../../exchange/server-state";
import type { LoginIdentity, MechanismReply } from "./types";
import { REGISTERED_CLAIMS } from "../../session/jwt-claims";

const BASE = "jwt";
const TTL_SECONDS = 3600;

const READABLE = "The server keeps nothing: the data is in the token, signed but not encrypted, so anyone holding it can read it with base64.";

/** The site's public origin is the tokens' issuer (`iss`): a token issued for another origin does not count here. */
async function current(request: Request) {
  return readJwt(requestCookie(request, stateCookieName(BASE, request)), { issuer: publicOrigin(request) });
}

/**
 * `?alg=HS256|ES256` (or the login body's `alg`): which key signs the new token. Refused with 400
 * `invalid_alg` when it names anything else.
 */
export function pickAlg(request: Request, fromBody?: string): JwtAlg | undefined {
  const alg = fromBody ?? new URL(request.url).searchParams.get("alg") ?? undefined;
  if (alg === undefined || isJwtAlg(alg)) return alg;
  throw new ApiError(
    400,
    "invalid_alg",
    `The alg ${JSON.stringify(alg)} is not one this server signs with: use HS256 (an HMAC with the server's secret) or ES256 (a key pair whose public key is at /.well-known/jwks.json). Nothing was set.`,
  );
}

const SIGNED_BY: Record<JwtAlg, string> = {
  HS256: "Signed with HS256, an HMAC keyed with the server's secret: only a holder of the secret can check it, and any holder could also mint one.",
  ES256:
    "Signed with ES256, the server's private key: any service can check it with the public key at /.well-known/jwks.json (its kid names which), and none can mint one.",
};

/** What the token's header says about its key, for the inspector; and a sentence when an old key checked it. */
function keyDetails(r: JwtReadResult) {
  const alg = r.header?.alg;
  const kid = r.header?.kid;
  const rotated =
    r.key?.generation === "previous"
      ? " It was signed before the secret was rotated; the previous key is still accepted, so no one is logged out, and the next write signs with the current one."
      : "";
  return {
    details: { alg: typeof alg === "string" ? alg : null, kid: typeof kid === "string" ? kid : null, keyGeneration: r.key?.generation ?? null },
    rotated,
  };
}

function withoutRegistered(payload: Record<string, unknown> | null): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload ?? {}).filter(([k]) => !REGISTERED_CLAIMS.includes(k)));
}

async function issue(request: Request, payload: Record<string, unknown>, summary: string, purpose: Purpose, alg: JwtAlg): Promise<MechanismReply<JwtState>> {
  const issuer = publicOrigin(request);
  const token = await signJwt(payload, { ttlSeconds: TTL_SECONDS, purpose, alg, issuer });
  assertCookieFits(stateCookieName(BASE, request), token, "token");
  const headers = new Headers();
  setStateCookie(headers, request, BASE, token, TTL_SECONDS);
  const decoded = await readJwt(token, { issuer });
  const { details } = keyDetails(decoded);
  return {
    headers,
    server: {
      mechanism: "jwt",
      summary: `${summary} ${SIGNED_BY[alg]}`,
      holds: "nothing",
      ...details,
      header: decoded.header,
      payload: decoded.payload,
      valid: decoded.valid,
      purpose: decoded.purpose,
      tokenBytes: token.length,
    } satisfies JwtState,
  };
}

export const jwtMechanism = {
  async read(request: Request) {
    const r = await current(request);
    const { details, rotated } = keyDetails(r);
    const checked =
      r.key?.alg === "ES256" ? "The ES256 signature checks out with this server's public key." : "The signature checks out with this server's secret.";
    const summary = r.valid ? `${checked}${rotated} ${READABLE}` : `No valid token: ${r.reason?.message ?? "unknown reason"}`;
    return {
      headers: new Headers(),
      server: {
        mechanism: "jwt",
        summary,
        holds: "nothing",
        ...details,
        header: r.header,
        payload: r.payload,
        valid: r.valid,
        purpose: r.purpose,
        reason: r.reason,
        tokenBytes: r.tokenBytes,
      } satisfies JwtState,
    };
  },
  async write(request: Request, patch: SessionPatch) {
    const asked = pickAlg(request);
    const r = await current(request);
    // Without ?alg=, a valid token keeps its algorithm; anything else starts on HS256.
    const alg = asked ?? r.key?.alg ?? "HS256";
    const base = r.valid ? withoutRegistered(r.payload) : {};
    // This route signs whatever it is sent, so it only ever signs data: were its tokens to count as a
    // login, anyone could sign themselves in as anyone by posting {"user": "ada", "role": "admin"}.
    const wasLogin =
      r.valid && r.purpose === "login"
        ? ` The token you sent was a login token; this route signs data tokens only (aud "data"), so the new one no longer logs you in.`
        : "";
    return issue(
      request,
      applyPatch(base, patch),
      `The data was merged and a new token signed for aud "data"; the whole token is sent back in Set-Cookie.${wasLogin} ${READABLE}`,
      "data",
      alg,
    );
  },
  async clear(request: Request) {
    const headers = new Headers();
    clearStateCookie(headers, request, BASE);
    const summary =
      "The cookie is cleared in this browser. The server kept nothing, so it cannot revoke the token: a copy still passes the signature check until its exp.";
    return { headers, server: { mechanism: "jwt", summary, holds: "nothing" } satisfies JwtState };
  },
  async login(request: Request, identity: LoginIdentity, options: { alg?: JwtAlg } = {}) {
    return issue(
      request,
      { sub: identity.user, ...identity },
      `Logged in: the identity is in a token signed for aud "login", which only the login issues. ${READABLE}`,
      "login",
      options.alg ?? "HS256",
    );
  },
  async logout(request: Request) {
    return jwtMechanism.clear(request);
  },
};
