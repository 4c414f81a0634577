import { NextResponse, type NextRequest } from "next/server";
import { embedPreferences } from "@/lib/embed/options";
import { securityHeadersFor, withoutTrailingSlash } from "@/lib/http/security-headers";
import { prefsSegment, readPreferences } from "@/lib/preferences/preferences";

/**
 * A path with a trailing slash answers 308 to the same path without it (next.config.ts turns off
 * Next.js's own redirect, which carried none of the security headers), with the headers of the page
 * it points to: an embed path keeps its frame-ancestors variant. 308 keeps the method and the body.
 */
function trailingSlashRedirect(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  const target = withoutTrailingSlash(pathname);
  if (target === null) return null;
  // Absolute, as Next.js requires of a proxy's Location; it sends it relative again (same host).
  const headers = new Headers({ Location: new URL(`${target}${search}`, request.url).toString() });
  for (const { key, value } of securityHeadersFor(target)) headers.set(key, value);
  return new NextResponse(null, { status: 308, headers });
}

/**
 * Serves each page in the variant its preference cookies ask for: `/learn/cookies` with
 * `theme=dark; lang=fr` is the prerendered `/dark-fr/learn/cookies`. The URL the learner sees
 * does not change. API routes and static files are not pages and pass straight through.
 * An embed page (/embed/<id>) takes its theme and language from `?theme=` and `?lang=` first: the
 * instructor picks them for the host page, and a cookie of ours may not even reach a cross-site iframe.
 */
export function proxy(request: NextRequest) {
  const redirect = trailingSlashRedirect(request);
  if (redirect) return redirect;
  const fromCookies = readPreferences((name) => request.cookies.get(name)?.value);
  const { pathname, search } = request.nextUrl;
  const prefs = pathname.startsWith("/embed/") ? embedPreferences(fromCookies, request.nextUrl.searchParams) : fromCookies;
  // Resolved against the request's own origin, so the rewrite stays inside this server. (Next.js 16
  // names that origin "localhost" even under `next start -H 127.0.0.1`, and then takes the rewrite
  // for an external one: bind to localhost, or to all interfaces, never to 127.0.0.1.)
  const url = new URL(`/${prefsSegment(prefs)}${pathname === "/" ? "" : pathname}${search}`, request.url);
  // The same URL now answers differently per cookie, so no shared cache may keep one visitor's
  // variant for all: the answer is private to the browser. (Next.js sends prerendered pages with
  // s-maxage=31536000, and replaces any Vary set here with its own, so Vary: Cookie cannot be it.)
  const response = NextResponse.rewrite(url);
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

export const config = {
  // Pages; and the paths under api/ and screenshots/ that end in a slash, for their redirect.
  // (.well-known/ holds route handlers, such as jwks.json, and search-index.json is one: no page variant to pick.)
  matcher: ["/((?!api/|_next/|\\.well-known/|favicon\\.ico$|screenshots/|embed-resize\\.js$|search-index\\.json$).*)", "/((?:api|screenshots)(?:/.*)?/)"],
};
