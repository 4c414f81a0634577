import { buildClearCookie, buildSetCookie } from "../../cookie/build";
import { isSecureRequest } from "../../http/public-origin";
import { crossSiteAttributes } from "../cross-site";
import { requestCookie } from "../request-cookies";
import { MECHANISMS, type Mechanism } from "../../mechanisms";
import { LAB_COOKIE_NAMES, LAB_TTL_SECONDS } from "./lab-names";

export { LAB_CLAIM, LAB_COOKIE_NAMES, LAB_TTL_SECONDS } from "./lab-names";

/**
 * Deliberately NOT HttpOnly: the lab's page edits them through document.cookie, as a user could in
 * the devtools. The real mechanism cookies (/api/session, /api/sealed, /api/jwt) stay HttpOnly.
 * SameSite=Strict and Secure (where the origin allows it) keep them off other sites' requests;
 * in a cross-site embed they take SameSite=None and Partitioned instead (cross-site.ts).
 */
export function labCookieLine(request: Request, mechanism: Mechanism, value: string): string {
  return buildSetCookie({
    name: LAB_COOKIE_NAMES[mechanism],
    value,
    path: "/",
    maxAge: LAB_TTL_SECONDS,
    secure: isSecureRequest(request),
    sameSite: "Strict",
    ...crossSiteAttributes(request),
  });
}

export function clearLabCookieLine(request: Request, mechanism: Mechanism): string {
  return buildClearCookie(LAB_COOKIE_NAMES[mechanism], {}, crossSiteAttributes(request) ?? {});
}

/** The value of each lab cookie the browser sent, or null. */
export function sentLabCookies(request: Request): Record<Mechanism, string | null> {
  return Object.fromEntries(MECHANISMS.map((m) => [m, requestCookie(request, LAB_COOKIE_NAMES[m])])) as Record<Mechanism, string | null>;
}
