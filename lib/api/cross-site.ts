import type { CookieOptions } from "../cookie/build";

/** The request header an embedded demo sends with each call (components/embed/embed-context.tsx). */
export const EMBED_HEADER = "x-lab-embed";

export type CrossSiteAttributes = Required<Pick<CookieOptions, "secure" | "sameSite" | "partitioned">>;

/**
 * The attributes every cookie the server builds needs when the demo runs in an iframe on another
 * site, or null on our own pages. There the cookie is a third-party cookie: SameSite=None so the
 * browser sends it at all in a cross-site context (RFC 6265bis §5.8.3), which requires Secure
 * (§5.7 step 15; Chrome and Firefox count http://localhost as secure, Safari does not), and
 * Partitioned (CHIPS) so a browser that blocks third-party cookies (Safari; Chrome in Incognito or
 * by the user's setting) still keeps it, in a jar of its own for that top-level site.
 *
 * The header is a hint, not a credential: a caller who sends it only gets cookies that work in
 * fewer places. The Origin check (lib/http/same-origin.ts) still guards every state change.
 * The raw cookies of /api/cookies never pass through here: they stay exactly as asked.
 */
export function crossSiteAttributes(request: Request): CrossSiteAttributes | null {
  return request.headers.get(EMBED_HEADER) === "1" ? { secure: true, sameSite: "None", partitioned: true } : null;
}
