import { buildClearCookie, buildSetCookie } from "../../cookie/build";
import { isSecureRequest } from "../../http/public-origin";
import { crossSiteAttributes } from "../cross-site";
import { requestCookie } from "../request-cookies";
import { LAB_COOKIE_NAMES, LAB_MECHANISMS, LAB_TTL_SECONDS, type LabMechanism } from "./lab-names";

export { LAB_CLAIM, LAB_COOKIE_NAMES, LAB_MECHANISMS, LAB_TTL_SECONDS, type LabMechanism } from "./lab-names";

/**
 * Deliberately NOT HttpOnly: the lab's page edits them through document.cookie, as a user could in
 * the devtools. The real mechanism cookies (/api/session, /api/sealed, /api/jwt) stay HttpOnly.
 * SameSite=Strict and Secure (where the origin allows it) keep them off other sites' requests;
 * in a cross-site embed they take SameSite=None and Partitioned instead (cross-site.ts).
 */
export function labCookieLine(request: Request, mechanism: LabMechanism, value: string): string {
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

export function clearLabCookieLine(request: Request, mechanism: LabMechanism): string {
  return buildClearCookie(LAB_COOKIE_NAMES[mechanism], {}, crossSiteAttributes(request) ?? {});
}

/** The value of each lab cookie the browser sent, or null. */
export function sentLabCookies(request: Request): Record<LabMechanism, string | null> {
  return Object.fromEntries(LAB_MECHANISMS.map((m) => [m, requestCookie(request, LAB_COOKIE_NAMES[m])])) as Record<LabMechanism, string | null>;
}
