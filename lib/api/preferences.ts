import { buildClearCookie, buildSetCookie } from "../cookie/build";
import type { ServerState } from "../exchange/exchange";
import { readPreferences, type Preferences } from "../preferences/preferences";
import { crossSiteAttributes } from "./cross-site";
import { requestCookie } from "./request-cookies";

/** What the server does with the preference cookies: it keeps nothing, it only reads them to render. */
export function preferencesView(prefs: Preferences, summary: string): ServerState {
  return { mechanism: "cookie", holds: "nothing", rendersWith: prefs, summary };
}

export function requestPreferences(request: Request): Preferences {
  return readPreferences((name) => requestCookie(request, name) ?? undefined);
}

/**
 * One Set-Cookie line per preference sent. No Max-Age: a session cookie. The EU's consent exemption
 * covers a user-interface preference kept "for a session, or slightly more" (Article 29 Working
 * Party, Opinion 04/2012); a year-long one would need the visitor's informed consent first, which
 * this site does not ask for, so a new browser session starts from the defaults again. Not
 * HttpOnly: nothing secret, and page scripts may read it. SameSite=Lax: sent on top-level navigations, which is when the page is rendered. In
 * a cross-site embed, partitioned: the choice then holds only inside that host site's frames.
 */
export function preferenceLines(request: Request, patch: Partial<Preferences>): string[] {
  const cross = crossSiteAttributes(request);
  return Object.entries(patch).map(([name, value]) => buildSetCookie({ name, value, path: "/", sameSite: "Lax", ...cross }));
}

export const clearPreferenceLines = (request: Request): string[] =>
  ["theme", "lang"].map((name) => buildClearCookie(name, {}, crossSiteAttributes(request) ?? {}));
