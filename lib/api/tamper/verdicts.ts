import { readJwt } from "../../session/jwt";
import { readSeal } from "../../session/sealed";
import { LOGIN_KEY } from "../../session/purpose";
import { getSessionManager } from "../../session/runtime";
import { isSecureRequest, publicOrigin } from "../../http/public-origin";
import { rawClaim } from "../../validations/tamper";
import type { Mechanism } from "../../mechanisms";
import type { Verdict } from "../../exchange/server-state";
import { LAB_COOKIE_NAMES } from "./lab-cookies";
import { LAB_CLAIM } from "./lab-names";

type Check = (value: string, request: Request) => Promise<Omit<Verdict, "mechanism" | "cookie" | "headline" | "forged"> & { headline?: string }>;

const asIdentity = (data: Record<string, unknown> | null) => ({ user: String(data?.user ?? "?"), role: String(data?.role ?? "?") });

/**
 * The data APIs store whatever a visitor sends, {"user": "ada", "role": "admin"} included, so what
 * they sign or keep is genuine yet proves nothing about who you are: the lab accepts only what a
 * login issued (a signing oracle otherwise: DESIGN, issue 22).
 */
const DATA_PROVES_NOTHING = "that route stores whatever a visitor sends, a user and a role included, so what it issues proves nothing about who you are";

const notLoginSeal = (purpose: string | null | undefined) =>
  purpose === "data"
    ? `This seal was issued by the data API (POST /api/sealed), not by a login. It is genuine, it opens with this server's secret, but ${DATA_PROVES_NOTHING}. Only a seal marked "login" inside, which only the login makes, counts. (wrong_purpose)`
    : `This seal is genuine but marked for no login (its purpose is ${purpose ? JSON.stringify(purpose) : "missing"}), so it proves nothing about who you are. Only a seal marked "login" inside, which only the login makes, counts. (wrong_purpose)`;

const notLoginToken = (aud: unknown) =>
  aud === "data"
    ? `This token was issued by the data API (POST /api/jwt), not by a login. Its signature is genuine, but its aud claim is "data": ${DATA_PROVES_NOTHING}. Only a token with aud "login", which only the login issues, counts. (wrong_purpose) Its payload is still readable by anyone.`
    : `This token's signature is genuine, but it carries ${aud === undefined ? "no aud claim" : `aud ${JSON.stringify(aud)}`}, not "login", so no login issued it and it proves nothing about who you are. (wrong_purpose) Its payload is still readable by anyone.`;

/** The identity a login wrote into a server session, under the key the data APIs may not write; null when none did. */
function loginIdentity(data: Record<string, unknown>): { user: string; role: string } | null {
  const login = data[LOGIN_KEY] as { user?: unknown; role?: unknown } | undefined;
  return login && typeof login === "object" && typeof login.user === "string" && typeof login.role === "string" ? { user: login.user, role: login.role } : null;
}

const CHECKS: Record<Mechanism, Check> = {
  async cookie(value) {
    const parsed = rawClaim.safeParse(Object.fromEntries(new URLSearchParams(value)));
    if (!parsed.success)
      return {
        verdict: "refused",
        headline: "Refused: not a claim",
        identity: null,
        reason: `The server cannot use this cookie: ${parsed.error.issues[0]?.message ?? "it is not a claim"}.`,
      };
    return {
      verdict: "accepted",
      identity: parsed.data,
      reason: "Believed as sent: a raw cookie carries no proof, so the server takes whatever the browser says. Never trust one for anything that matters.",
    };
  },
  async sealed(value) {
    const r = await readSeal(value, { purpose: "login" });
    if (r.ok)
      return {
        verdict: "accepted",
        identity: asIdentity(r.data),
        reason: 'The seal opened with this server\'s secret and is marked "login" inside: it is exactly what the login wrote.',
      };
    if (r.reason.code === "wrong_purpose")
      return { verdict: "refused", headline: "Refused: not a login seal", identity: null, reason: notLoginSeal(r.reason.purpose) };
    return { verdict: "refused", headline: "Refused: unreadable", identity: null, reason: `${r.reason.message} (${r.reason.code})` };
  },
  async jwt(value, request) {
    const r = await readJwt(value, { audience: "login", issuer: publicOrigin(request) });
    if (r.valid)
      return {
        verdict: "accepted",
        identity: asIdentity(r.payload),
        reason:
          "The signature checks out with this server's secret, and its aud claim says a login issued it. Note: the payload is readable by anyone, only not changeable.",
        readableByAnyone: r.payload,
      };
    if (r.reason?.code === "wrong_purpose")
      return { verdict: "refused", headline: "Refused: not a login token", identity: null, reason: notLoginToken(r.payload?.aud), readableByAnyone: r.payload };
    const headline = r.reason?.code === "bad_signature" ? "Refused: the signature does not match" : "Refused: not a valid token";
    return {
      verdict: "refused",
      headline,
      identity: null,
      reason: `${r.reason?.message ?? "The token is not valid."} (${r.reason?.code ?? "invalid"}) Yet its payload is still readable by anyone.`,
      readableByAnyone: r.payload,
    };
  },
  async server(value, request) {
    const manager = getSessionManager();
    // Only the lookup matters here: the lab's ID lives in lab_sid, so the manager's cookie advice is not sent.
    const result = await manager.read({ id: value, secure: isSecureRequest(request) });
    const identity = result.session && loginIdentity(result.session.data);
    if (identity)
      return {
        verdict: "accepted",
        identity,
        reason: `The ID matched a live session in the store, and a login wrote its identity (under "${LOGIN_KEY}", a key no data write may set): the claim comes from the server's own record, not from the cookie.`,
      };
    if (result.session) {
      return {
        verdict: "refused",
        headline: "Refused: not a login session",
        identity: null,
        reason: `This session holds data written through the data API (POST /api/session), not a login. The ID is real and the store knows it, but ${DATA_PROVES_NOTHING}. Only what the login wrote under "${LOGIN_KEY}", a key no data write may set, counts, and this session has nothing there.`,
      };
    }
    return {
      verdict: "refused",
      headline: "Refused: unknown session",
      identity: null,
      reason: `The store has no live session under this ID (${result.outcome}), so the server knows nothing about you. An ID is only a pointer; guessing another one out of 2^256 is hopeless.`,
    };
  },
};

/** Checks one lab cookie with the same reader the real mechanism uses. */
export async function verdictFor(mechanism: Mechanism, value: string | null, request: Request): Promise<Verdict> {
  const cookie = LAB_COOKIE_NAMES[mechanism];
  if (value === null || value === "")
    return {
      mechanism,
      cookie,
      verdict: "missing",
      headline: "Not sent",
      identity: null,
      forged: false,
      reason: `The browser sent no ${cookie} cookie: press "Issue the four cookies" first.`,
    };
  const checked = await CHECKS[mechanism](value, request);
  const { user, role } = checked.identity ?? { user: "?", role: "?" };
  const forged = checked.verdict === "accepted" && (user !== LAB_CLAIM.user || role !== LAB_CLAIM.role);
  if (forged) {
    const issued = `The lab issued user=${LAB_CLAIM.user}, role=${LAB_CLAIM.role}; the server now acts on user=${user}, role=${role}, a claim nobody issued.`;
    return { mechanism, cookie, ...checked, forged, headline: `Fooled: the server takes you for ${user}, role ${role}`, reason: `${issued} ${checked.reason}` };
  }
  return { mechanism, cookie, ...checked, forged, headline: checked.headline ?? `Accepted: you are ${user}, role ${role}` };
}
