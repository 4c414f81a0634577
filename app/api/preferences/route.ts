import { clearPreferenceLines, preferenceLines, preferencesView, requestPreferences } from "@/lib/api/preferences";
import { respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";
import { readJson } from "@/lib/http/read-json";
import { DEFAULT_PREFERENCES } from "@/lib/preferences/preferences";
import { preferencesBody } from "@/lib/validations/preferences";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const onError = { mechanism: "cookie" as const, summary: "Nothing was set: the preference cookies stay as they were." };

const headersWith = (lines: string[]) => {
  const headers = new Headers();
  for (const line of lines) headers.append("set-cookie", line);
  return headers;
};

/** GET: the preferences the server reads from this request's cookies, and so renders with. */
export const GET = handle(onError, async (request) => {
  const prefs = requestPreferences(request);
  return respond(request, { server: preferencesView(prefs, "The server keeps nothing: it reads the theme and lang cookies on every page it renders.") });
});

/** POST {theme?, lang?}: sets the cookies; the next page the server renders uses them. */
export const POST = handle(onError, async (request) => {
  const patch = await readJson(request, preferencesBody);
  const prefs = { ...requestPreferences(request), ...patch };
  const summary = "The server keeps nothing: the browser now holds the preferences, and the server renders the next page with them.";
  return respond(request, { headers: headersWith(preferenceLines(request, patch)), server: preferencesView(prefs, summary) });
});

/** DELETE: clears both cookies; the site falls back to the system theme and English. */
export const DELETE = handle(onError, async (request) => {
  const summary = "The preference cookies are cleared: the next page follows the system theme, in English.";
  return respond(request, { headers: headersWith(clearPreferenceLines(request)), server: preferencesView(DEFAULT_PREFERENCES, summary) });
});

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
