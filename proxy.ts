import { NextResponse, type NextRequest } from "next/server";
import { prefsSegment, readPreferences } from "@/lib/preferences/preferences";

/**
 * Serves each page in the variant its preference cookies ask for: `/learn/cookies` with
 * `theme=dark; lang=fr` is the prerendered `/dark-fr/learn/cookies`. The URL the learner sees
 * does not change. API routes and static files are not pages and pass straight through.
 */
export function proxy(request: NextRequest) {
  const prefs = readPreferences((name) => request.cookies.get(name)?.value);
  const url = request.nextUrl.clone();
  url.pathname = `/${prefsSegment(prefs)}${url.pathname === "/" ? "" : url.pathname}`;
  // The same URL now answers differently per cookie. Next.js sets its own Vary header on pages, so a
  // shared cache in front of this site must key pages on the theme and lang cookies (see README).
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon\\.ico$|screenshots/).*)"],
};
