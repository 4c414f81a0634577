import type { ServerView } from "@/lib/exchange/server-state";
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

/** The `user` a login wrote, when `data` holds one. */
const userIn = (data: unknown) => (typeof data === "object" && data !== null && "user" in data && typeof data.user === "string" ? data.user : null);

/** What the server made of a replayed cookie, read from the exchange of the read request. */
export function replayVerdict(mechanism: StatefulMechanism, server: ServerView | undefined): ReplayVerdict {
  // Only what a login issued names who you are; a user written through the data API is data like any other.
  const who = (data: Record<string, unknown> | null | undefined, loggedIn: string | null) => {
    if (loggedIn !== null) return `logged in as ${loggedIn}`;
    const claims = Object.entries(data ?? {}).filter(([k]) => !REGISTERED_CLAIMS.includes(k));
    return `the server still reads ${JSON.stringify(Object.fromEntries(claims))}`;
  };
  const refused = (reason: { message: string } | null | undefined) => ({
    accepted: false,
    headline: "Refused",
    reason: String(reason?.message ?? server?.summary),
  });
  if (mechanism === "server") {
    const state = server && "session" in server ? server : null;
    if (state?.session)
      return {
        accepted: true,
        headline: `Accepted: ${who(state.session.data, userIn(state.session.data[LOGIN_KEY]))}`,
        reason: "The session was not deleted, so the copy works: log out first.",
      };
    return {
      accepted: false,
      headline: "Refused: unknown session",
      reason: `The server deleted the session from its store, so the copied ID points at nothing (outcome ${String(state?.outcome)}): revoked at once, on every copy.`,
    };
  }
  if (mechanism === "sealed") {
    const sealed = server?.mechanism === "sealed" && "payload" in server ? server : null;
    const payload = sealed?.payload;
    if (payload)
      return {
        accepted: true,
        headline: `Still accepted: ${who(payload, sealed.purpose === "login" ? userIn(payload) : null)}`,
        reason: `The seal opens with the server's secret and the server kept no list of revoked seals, so this copy works until ${date(sealed.expiresAt)}. That is the revocation gap.`,
      };
    return refused(sealed?.reason);
  }
  const jwt = server?.mechanism === "jwt" && "holds" in server ? server : null;
  const payload = jwt?.payload;
  if (jwt?.valid) {
    const exp = typeof payload?.exp === "number" ? payload.exp : 0;
    return {
      accepted: true,
      headline: `Still accepted: ${who(payload, jwt.purpose === "login" ? userIn(payload) : null)}`,
      reason: `The signature still checks out and the server keeps no deny-list, so this copy works until its exp, ${date(exp * 1000)}. That is the revocation gap.`,
    };
  }
  return refused(jwt?.reason);
}
