import { randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "../validations/zod";
import { buildSetCookie, buildClearCookie } from "../cookie/build";
import type { CsrfAccountState } from "../exchange/server-state";
import { ApiError } from "../http/api-error";
import { isSecureRequest, publicOrigin } from "../http/public-origin";
import { assertSameOrigin } from "../http/same-origin";
import type { Env } from "../session/data-dir";
import { readSeal, seal } from "../session/sealed";
import { DEFENCES, SAME_SITE_CHOICES } from "./csrf-choices";
import { crossSiteAttributes } from "./cross-site";
import { requestCookie } from "./request-cookies";
import { stateCookieName } from "./state-cookie";

/*
 * The CSRF demo's own little "account": an email address, the SameSite attribute of its cookie and
 * the defence its endpoint applies, all sealed in the learner's own cookie. Nothing is kept on the
 * server, so the defence a learner turns off weakens nothing but that learner's demo cookie.
 */

export const DEFAULT_EMAIL = "you@learner.example";
/** What the attacker's page posts. */
export const FORGED_EMAIL = "attacker@evil.example";
const COOKIE_BASE = "lab_csrf";
const TTL_SECONDS = 86_400;

const stateSchema = z.strictObject({
  email: z.string().max(100),
  sameSite: z.enum(SAME_SITE_CHOICES),
  defence: z.enum(DEFENCES),
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type CsrfState = z.infer<typeof stateSchema>;

export const newToken = (): string => randomBytes(32).toString("base64url");

export const csrfCookieName = (request: Request): string => stateCookieName(COOKIE_BASE, request);

/** The state sealed in this request's demo cookie, or null when none (or none this server sealed) came. */
export async function readCsrfState(request: Request): Promise<CsrfState | null> {
  const opened = await readSeal(requestCookie(request, csrfCookieName(request)), { purpose: "data" });
  if (!opened.ok) return null;
  const parsed = stateSchema.safeParse(opened.data.csrfDemo);
  return parsed.success ? parsed.data : null;
}

/** The Set-Cookie line carrying `state`: HttpOnly, Path=/, with the SameSite the learner chose (none at all for "unset"). */
export async function csrfCookieLine(request: Request, state: CsrfState): Promise<string> {
  const secure = isSecureRequest(request);
  if (state.sameSite === "None" && !secure) {
    throw new ApiError(
      400,
      "none_needs_secure",
      "SameSite=None needs Secure, and this origin is not secure for your browser (plain http other than localhost, or a browser such as Safari that drops Secure cookies from http://localhost), so the browser would refuse it. Pick Lax, Strict or no SameSite.",
    );
  }
  const value = await seal({ csrfDemo: state }, { ttlSeconds: TTL_SECONDS });
  const sameSite = state.sameSite === "unset" ? undefined : state.sameSite;
  return buildSetCookie({
    name: csrfCookieName(request),
    value,
    path: "/",
    maxAge: TTL_SECONDS,
    httpOnly: true,
    secure,
    sameSite,
    ...crossSiteAttributes(request),
  });
}

export const clearCsrfCookieLine = (request: Request): string => buildClearCookie(csrfCookieName(request), {}, crossSiteAttributes(request) ?? {});

/** What the request said about where it came from: the two headers the Origin check reads. */
export function receivedFrom(request: Request) {
  return { origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site") };
}

export function csrfView(state: CsrfState | null, summary: string, request?: Request): CsrfAccountState {
  const account = state && { email: state.email, sameSite: state.sameSite, defence: state.defence };
  return { mechanism: "sealed", summary, account, ...(request && { received: receivedFrom(request) }) };
}

/**
 * Applies the defence the learner chose. `origin`: the lab's own Origin / Sec-Fetch-Site check
 * (lib/http/same-origin.ts). `token`: a synchronizer token, random per demo account, that the lab's
 * page reads from GET /api/csrf and sends back in `x-csrf-token`; another site's page can make the
 * browser send the cookie, but it cannot read the token, so its form cannot include it.
 */
export function applyDefence(request: Request, state: CsrfState, tokenSent: string | null): void {
  if (state.defence === "origin") assertSameOrigin(request);
  if (state.defence !== "token") return;
  if (!tokenSent) {
    throw new ApiError(
      403,
      "csrf_token_missing",
      "This request carries your demo cookie but no CSRF token, so it was refused: the lab's own page sends the token it was given, and a page on another site cannot read it.",
    );
  }
  const a = Buffer.from(tokenSent);
  const b = Buffer.from(state.token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ApiError(403, "csrf_token_mismatch", "This request's CSRF token is not the one bound to your demo cookie, so it was refused.");
  }
}

const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\]|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.localhost)$/;

/**
 * Where the attacker's page is served: the same lab under another origin. `CSRF_ATTACKER_ORIGIN`
 * when set (a second host name pointing at this server); otherwise localhost and 127.0.0.1 swap,
 * two sites for the browser (sites compare host names) served by one process. Null when neither
 * applies: a deployed lab needs the variable.
 */
export function attackerOrigin(request: Request, env: Env = process.env): string | null {
  const configured = env.CSRF_ATTACKER_ORIGIN?.trim();
  if (configured && URL.canParse(configured)) return new URL(configured).origin;
  const lab = new URL(publicOrigin(request, env));
  const other = lab.hostname === "localhost" ? "127.0.0.1" : lab.hostname === "127.0.0.1" ? "localhost" : null;
  return other && `${lab.protocol}//${other}${lab.port ? `:${lab.port}` : ""}`;
}

/**
 * The lab origin the attacker's page may post to: a loopback origin or PUBLIC_ORIGIN, never any
 * other, so the page cannot be used to aim forms at third parties.
 */
export function allowedLabOrigin(lab: string | null, env: Env = process.env): string | null {
  if (!lab || !URL.canParse(lab)) return null;
  const url = new URL(lab);
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== lab.replace(/\/$/, "")) return null;
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (LOOPBACK_HOST.test(url.hostname) || (configured && URL.canParse(configured) && new URL(configured).origin === url.origin)) return url.origin;
  return null;
}
