import { buildClearCookie, buildSetCookie } from "../cookie/build";
import { respond } from "../exchange/exchange";
import type { PreferencesState, ServerNote } from "../exchange/server-state";
import { readJson } from "../http/read-json";
import { preferencesBody } from "../validations/preferences";
import { DEFAULT_PREFERENCES, PREFERENCE_COOKIES, readPreferences, type Preferences } from "../preferences/preferences";
import { crossSiteAttributes } from "./cross-site";
import { requestCookie } from "./request-cookies";

/** What the server does with the preference cookies: it keeps nothing, it only reads them to render. */
export function preferencesView(prefs: Preferences, summary: string): PreferencesState {
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
  PREFERENCE_COOKIES.map((name) => buildClearCookie(name, {}, crossSiteAttributes(request) ?? {}));

/** What a refused request to /api/preferences reports as the server's state. */
export const PREFERENCES_ERROR_VIEW = {
  mechanism: "cookie",
  summary: "Nothing was set: the preference cookies stay as they were.",
} as const satisfies ServerNote;

const headersWith = (lines: string[]) => {
  const headers = new Headers();
  for (const line of lines) headers.append("set-cookie", line);
  return headers;
};

/** GET /api/preferences: the preferences the server reads from this request's cookies, and so renders with. */
export function getPreferences(request: Request): Response {
  const prefs = requestPreferences(request);
  return respond(request, { server: preferencesView(prefs, "The server keeps nothing: it reads the theme and lang cookies on every page it renders.") });
}

/** POST /api/preferences {theme?, lang?}: sets the cookies; the next page the server renders uses them. */
export async function setPreferences(request: Request): Promise<Response> {
  const patch = await readJson(request, preferencesBody);
  const prefs = { ...requestPreferences(request), ...patch };
  const summary = "The server keeps nothing: the browser now holds the preferences, and the server renders the next page with them.";
  return respond(request, { headers: headersWith(preferenceLines(request, patch)), server: preferencesView(prefs, summary) });
}

/** DELETE /api/preferences: clears both cookies; the site falls back to the system theme and English. */
export function clearPreferences(request: Request): Response {
  const summary = "The preference cookies are cleared: the next page follows the system theme, in English.";
  return respond(request, { headers: headersWith(clearPreferenceLines(request)), server: preferencesView(DEFAULT_PREFERENCES, summary) });
}
