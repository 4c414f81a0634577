import { buildClearCookie, buildSetCookie } from "../../cookie/build";
import { isSecureOrigin } from "../../session/cookie-policy";
import { requestCookie } from "../request-cookies";

/** The four ways the tamper lab keeps the same claim, one cookie each. */
export const LAB_MECHANISMS = ["cookie", "sealed", "jwt", "server"] as const;
export type LabMechanism = (typeof LAB_MECHANISMS)[number];

export const LAB_COOKIE_NAMES: Record<LabMechanism, string> = {
  cookie: "lab_raw",
  sealed: "lab_sealed",
  jwt: "lab_jwt",
  server: "lab_sid",
};

/** The lab's cookies live an hour; the seal and the token expire with them. */
export const LAB_TTL_SECONDS = 3600;

/** The claim every mechanism starts with: the demo user, with the ordinary role. */
export const LAB_CLAIM = { user: "ada", role: "user" } as const;

/**
 * Deliberately NOT HttpOnly: the lab's page edits them through document.cookie, as a user could in
 * the devtools. The real mechanism cookies (/api/session, /api/sealed, /api/jwt) stay HttpOnly.
 * SameSite=Strict and Secure (where the origin allows it) keep them off other sites' requests.
 */
export function labCookieLine(request: Request, mechanism: LabMechanism, value: string): string {
  return buildSetCookie({
    name: LAB_COOKIE_NAMES[mechanism],
    value,
    path: "/",
    maxAge: LAB_TTL_SECONDS,
    secure: isSecureOrigin(request.url),
    sameSite: "Strict",
  });
}

export function clearLabCookieLine(mechanism: LabMechanism): string {
  return buildClearCookie(LAB_COOKIE_NAMES[mechanism]);
}

/** The value of each lab cookie the browser sent, or null. */
export function sentLabCookies(request: Request): Record<LabMechanism, string | null> {
  return Object.fromEntries(LAB_MECHANISMS.map((m) => [m, requestCookie(request, LAB_COOKIE_NAMES[m])])) as Record<LabMechanism, string | null>;
}
