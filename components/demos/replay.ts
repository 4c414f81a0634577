import type { ServerView } from "@/lib/exchange/exchange";
import type { StatefulMechanism } from "@/lib/mechanisms";
import { splitSetCookie } from "@/lib/inspector/set-cookie-attributes";
import { LOGIN_KEY } from "@/lib/session/purpose";
import { REGISTERED_CLAIMS } from "@/lib/session/jwt-claims";

/* Replaying a copied cookie after the site cleared it: shared by the login and mechanisms demos. */

/** The cookie a response's Set-Cookie lines carried (the first that is not a deletion): what anyone who saw the line could copy. */
export function stolenFrom(setCookie: string[]): { name: string; value: string } | null {
  for (const line of setCookie) {
    const { name, value } = splitSetCookie(line);
    if (name !== "" && value !== "") return { name, value };
  }
  return null;
}

export interface ReplayVerdict {
  accepted: boolean;
  headline: string;
  reason: string;
}

const date = (v: unknown) => (typeof v === "string" || typeof v === "number" ? new Date(v).toISOString() : "its expiry");

/** What the server made of a replayed cookie, read from the exchange of the read request. */
export function replayVerdict(mechanism: StatefulMechanism, server: ServerView | undefined): ReplayVerdict {
  const s = (server ?? {}) as Record<string, unknown>;
  // Only what a login issued names who you are; a user written through the data API is data like any other.
  const who = (data: unknown, loggedIn: string | null) => {
    if (loggedIn !== null) return `logged in as ${loggedIn}`;
    const claims = Object.entries((data ?? {}) as Record<string, unknown>).filter(([k]) => !REGISTERED_CLAIMS.includes(k));
    return `the server still reads ${JSON.stringify(Object.fromEntries(claims))}`;
  };
  const userIn = (data: unknown) => {
    const user = (data as { user?: unknown } | null | undefined)?.user;
    return typeof user === "string" ? user : null;
  };
  const byLogin = (data: unknown) => (s.purpose === "login" ? userIn(data) : null);
  if (mechanism === "server") {
    const session = s.session as { data?: unknown } | null | undefined;
    if (session)
      return {
        accepted: true,
        headline: `Accepted: ${who(session.data, userIn((session.data as Record<string, unknown> | undefined)?.[LOGIN_KEY]))}`,
        reason: "The session was not deleted, so the copy works: log out first.",
      };
    return {
      accepted: false,
      headline: "Refused: unknown session",
      reason: `The server deleted the session from its store, so the copied ID points at nothing (outcome ${String(s.outcome)}): revoked at once, on every copy.`,
    };
  }
  if (mechanism === "sealed") {
    if (s.payload)
      return {
        accepted: true,
        headline: `Still accepted: ${who(s.payload, byLogin(s.payload))}`,
        reason: `The seal opens with the server's secret and the server kept no list of revoked seals, so this copy works until ${date(s.expiresAt)}. That is the revocation gap.`,
      };
    return { accepted: false, headline: "Refused", reason: String((s.reason as { message?: string } | undefined)?.message ?? s.summary) };
  }
  const payload = s.payload as { exp?: number } | null;
  if (s.valid)
    return {
      accepted: true,
      headline: `Still accepted: ${who(payload, byLogin(payload))}`,
      reason: `The signature still checks out and the server keeps no deny-list, so this copy works until its exp, ${date((payload?.exp ?? 0) * 1000)}. That is the revocation gap.`,
    };
  return { accepted: false, headline: "Refused", reason: String((s.reason as { message?: string } | undefined)?.message ?? s.summary) };
}
