import { readJwt } from "../../session/jwt";
import { readSeal } from "../../session/sealed";
import { getSessionManager } from "../../session/runtime";
import { isSecureRequest } from "../../http/public-origin";
import { rawClaim } from "../../validations/tamper";
import { LAB_COOKIE_NAMES, type LabMechanism } from "./lab-cookies";

/** The server's answer to "who am I?" for one lab cookie. */
export interface Verdict {
  mechanism: LabMechanism;
  cookie: string;
  /** accepted: the server trusts the claim; refused: it ignores the cookie; missing: none was sent. */
  verdict: "accepted" | "refused" | "missing";
  /** A few words for the verdict, such as "Refused: unknown session". */
  headline: string;
  /** The identity the server acts on, when accepted. */
  identity: { user: string; role: string } | null;
  reason: string;
  /** What anyone holding the cookie can read without a secret (the JWT's payload), even when refused. */
  readableByAnyone?: Record<string, unknown> | null;
}

type Check = (value: string, request: Request) => Promise<Omit<Verdict, "mechanism" | "cookie" | "headline"> & { headline?: string }>;

const asIdentity = (data: Record<string, unknown> | null) => ({ user: String(data?.user ?? "?"), role: String(data?.role ?? "?") });

const CHECKS: Record<LabMechanism, Check> = {
  async cookie(value) {
    const parsed = rawClaim.safeParse(Object.fromEntries(new URLSearchParams(value)));
    if (!parsed.success) return { verdict: "refused", headline: "Refused: not a claim", identity: null, reason: `The server cannot use this cookie: ${parsed.error.issues[0]?.message ?? "it is not a claim"}.` };
    return { verdict: "accepted", identity: parsed.data, reason: "Believed as sent: a raw cookie carries no proof, so the server takes whatever the browser says. Never trust one for anything that matters." };
  },
  async sealed(value) {
    const r = await readSeal(value);
    if (r.ok) return { verdict: "accepted", identity: asIdentity(r.data), reason: "The seal opened with this server's secret: it is exactly what the server wrote." };
    return { verdict: "refused", headline: "Refused: unreadable", identity: null, reason: `${r.reason.message} (${r.reason.code})` };
  },
  async jwt(value) {
    const r = await readJwt(value);
    if (r.valid) return { verdict: "accepted", identity: asIdentity(r.payload), reason: "The signature checks out with this server's secret. Note: the payload is readable by anyone, only not changeable.", readableByAnyone: r.payload };
    const headline = r.reason?.code === "bad_signature" ? "Refused: the signature does not match" : "Refused: not a valid token";
    return { verdict: "refused", headline, identity: null, reason: `${r.reason?.message ?? "The token is not valid."} (${r.reason?.code ?? "invalid"}) Yet its payload is still readable by anyone.`, readableByAnyone: r.payload };
  },
  async server(value, request) {
    const manager = getSessionManager();
    // Only the lookup matters here: the lab's ID lives in lab_sid, so the manager's cookie advice is not sent.
    const result = await manager.read({ id: value, secure: isSecureRequest(request) });
    if (result.session) return { verdict: "accepted", identity: asIdentity(result.session.data), reason: "The ID matched a live session in the store: the claim comes from the server's own record, not from the cookie." };
    return { verdict: "refused", headline: "Refused: unknown session", identity: null, reason: `The store has no live session under this ID (${result.outcome}), so the server knows nothing about you. An ID is only a pointer; guessing another one out of 2^256 is hopeless.` };
  },
};

/** Checks one lab cookie with the same reader the real mechanism uses. */
export async function verdictFor(mechanism: LabMechanism, value: string | null, request: Request): Promise<Verdict> {
  const cookie = LAB_COOKIE_NAMES[mechanism];
  if (value === null || value === "") return { mechanism, cookie, verdict: "missing", headline: "Not sent", identity: null, reason: `The browser sent no ${cookie} cookie: press "Issue the four cookies" first.` };
  const checked = await CHECKS[mechanism](value, request);
  const { user, role } = checked.identity ?? { user: "?", role: "?" };
  return { mechanism, cookie, ...checked, headline: checked.headline ?? `Accepted: you are ${user}, role ${role}` };
}
