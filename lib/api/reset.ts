import { buildClearCookie, CookieSyntaxError } from "../cookie/build";
import { parseCookieHeader } from "../cookie/cookie-header";
import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { PREFERENCE_COOKIES } from "../preferences/preferences";
import { crossSiteAttributes } from "./cross-site";
import { CLEAR_COOKIES } from "./devices";
import { MECHANISM_HANDLERS } from "./mechanisms";
import { dropLabSession } from "./tamper/lab";

export const RESET_ERROR_VIEW = { mechanism: "none", summary: "Nothing was cleared." } as const satisfies ServerNote;

const list = (names: string[]) => names.join(", ");

/**
 * DELETE /api/reset: clears every cookie this browser holds for the lab, HttpOnly ones included,
 * which page JavaScript cannot do. Only this visitor's: their server session and tamper-lab session
 * are ended in the store, and each cookie the browser sent gets a deletion line (Max-Age=0, same
 * name, Path=/). A cookie set for another path is not sent here, so `Clear-Site-Data: "cookies"`
 * asks the browser to drop the rest (W3C Clear Site Data §3.1; Chromium 156 and Firefox 153 honour
 * it on HTTPS and on localhost, December 2026).
 */
export async function resetLab(request: Request): Promise<Response> {
  await dropLabSession(request);
  const session = await MECHANISM_HANDLERS.server.clear(request);
  const headers = new Headers(session.headers);
  const done = new Set(headers.getSetCookie().map((l) => l.slice(0, l.indexOf("="))));
  const cross = crossSiteAttributes(request) ?? {};
  const sent = [...new Set(parseCookieHeader(request.headers.get("cookie")).map((c) => c.name))];
  const unwritable: string[] = [];
  for (const name of sent) {
    if (done.has(name)) continue;
    try {
      headers.append("set-cookie", buildClearCookie(name, {}, cross));
    } catch (err) {
      // A name no Set-Cookie line can carry (e.g. empty); Clear-Site-Data still removes it.
      if (!(err instanceof CookieSyntaxError)) throw err;
      unwritable.push(name);
    }
  }
  headers.set("clear-site-data", CLEAR_COOKIES);
  const summary = [
    sent.length
      ? `Cleared the ${sent.length} cookie${sent.length === 1 ? "" : "s"} this browser sent: ${list(sent.map((n) => n || "(no name)"))}.`
      : "This browser sent no cookie.",
    "Your server session and tamper-lab session, if any, are deleted from the store.",
    "Clear-Site-Data asked the browser to drop any other cookie of this site, such as one set for another path.",
    sent.some((n) => (PREFERENCE_COOKIES as readonly string[]).includes(n))
      ? "Your theme and language went too: the next page you load uses the defaults."
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return respond(request, { headers, server: { mechanism: "none", summary } satisfies ServerNote, body: { message: summary, cleared: sent, unwritable } });
}
