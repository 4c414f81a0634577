import { buildClearCookie, buildSetCookie } from "../cookie/build";
import { isSecureRequest } from "../http/public-origin";
import { crossSiteAttributes } from "./cross-site";

/**
 * The cookie that carries a sealed session or a JWT: HttpOnly, SameSite=Lax, Path=/, no Domain, and
 * Secure with the `__Host-` prefix where the origin allows it, like the server session's cookie;
 * SameSite=None and Partitioned in a cross-site embed (cross-site.ts).
 */
export function stateCookieName(base: string, request: Request): string {
  return nameFor(base, isSecureRequest(request));
}

const nameFor = (base: string, secure: boolean) => (secure ? `__Host-${base}` : base);

export function setStateCookie(headers: Headers, request: Request, base: string, value: string, maxAge: number): void {
  const secure = isSecureRequest(request);
  const name = nameFor(base, secure);
  headers.append("set-cookie", buildSetCookie({ name, value, path: "/", maxAge, httpOnly: true, secure, sameSite: "Lax", ...crossSiteAttributes(request) }));
}

export function clearStateCookie(headers: Headers, request: Request, base: string): void {
  headers.append("set-cookie", buildClearCookie(stateCookieName(base, request), {}, crossSiteAttributes(request) ?? {}));
}
