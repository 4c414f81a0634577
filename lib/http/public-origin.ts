import type { Env } from "../session/data-dir";
import { secureVerdict } from "./secure-cookies";

/** A Host header's value: a host name or a bracketed IPv6 address, and an optional port. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;

/** `TRUST_PROXY=1` (or `true`): the app runs behind a proxy it trusts to set the X-Forwarded-* headers. */
export const trustsProxy = (env: Env): boolean => env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";

/**
 * The origin the visitor used, which a server behind a proxy cannot read from its own request URL
 * (Next.js builds that from the address it listens on). In order: `PUBLIC_ORIGIN` when set; with
 * `TRUST_PROXY=1`, the proxy's X-Forwarded-Proto and X-Forwarded-Host; the Host header; the request URL.
 * Forwarded headers are ignored unless the proxy is trusted: any visitor can send them.
 */
export function publicOrigin(request: Request, env: Env = process.env): string {
  return originOf(request, new URL(request.url), env);
}

/** publicOrigin, given the request URL already parsed. */
function originOf(request: Request, own: URL, env: Env): string {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (configured) {
    const url = URL.canParse(configured) ? new URL(configured) : null;
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      throw new Error(`PUBLIC_ORIGIN must be an http or https origin such as https://lab.example; it is "${configured}".`);
    }
    return url.origin;
  }
  const trusted = trustsProxy(env);
  const proto = trusted ? firstValue(request.headers.get("x-forwarded-proto")) : null;
  const protocol = proto === "https" || proto === "http" ? `${proto}:` : own.protocol;
  const candidates = [trusted ? firstValue(request.headers.get("x-forwarded-host")) : null, request.headers.get("host")];
  const host = candidates.find((h): h is string => Boolean(h && HOST.test(h))) ?? own.host;
  return `${protocol}//${host.toLowerCase()}`;
}

/** The request's URL at its public origin: what the visitor's browser asked for. */
export function publicUrl(request: Request, env: Env = process.env): string {
  const own = new URL(request.url);
  return `${originOf(request, own, env)}${own.pathname}${own.search}`;
}

/**
 * Whether the lab's cookies for this request carry Secure (and `__Host-` names): on a secure origin
 * (HTTPS, or http://localhost), unless the browser said it drops Secure cookies from
 * http://localhost, as Safari does (secure-cookies.ts).
 */
export function isSecureRequest(request: Request, env: Env = process.env): boolean {
  return secureVerdict(request, () => new URL(publicUrl(request, env))).secure;
}
