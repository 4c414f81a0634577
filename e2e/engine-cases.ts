/**
 * Context-dependent cookie behaviours, one list for every engine (issue 21, point 2). Each runner
 * (e2e/explainer-vs-chromium.spec.ts, e2e/firefox/engine-cases.spec.ts) sets each case's cookie
 * through POST /api/cookies in the case's context, observes what its engine stored and sent, and
 * checks it against `predict()`, the explainer's prediction for that engine. The observations go
 * to .test-output/engines/<engine>.json, from which scripts/browser-table.mjs writes docs/browsers.md.
 *
 * Pure (no browser, no Playwright): scripts/browser-table.test.ts imports it too.
 */
import { createHash } from "node:crypto";
import type { RequestContext } from "../lib/cookie/context";
import { explain } from "../lib/cookie/explain";
import { LAX_ALLOWING_UNSAFE_MS } from "../lib/cookie/cookie-header";
import type { SameSite } from "../lib/cookie/grammar";
import { CookieJar } from "../lib/cookie/jar";

/** The body of POST /api/cookies. */
export type CookieBody = {
  name: string;
  value: string;
  maxAge?: number;
  expires?: string;
  path?: string;
  domain?: string;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: SameSite;
  partitioned?: boolean;
};

/**
 * Where the cookie is set, and which request's Cookie header is read afterwards:
 * - "same-site": a top-level lab page sets it (fetch POST /api/cookies) and fetches /api/echo/same.
 * - "nav-get" / "nav-post": set like same-site, then a page of another site navigates the tab
 *   top-level to /api/echo/nav, by a link (GET) or a form (POST); the echo shows the Cookie header.
 * - "nav-post-aged": like nav-post, but the cookie is past Chromium's Lax-allowing-unsafe window when
 *   the form is sent. A browser has no clock to inject: Chromium runs with the switch
 *   --enable-features=ShortLaxAllowUnsafeThreshold, which shortens its 2-minute window to 10 seconds,
 *   the runner waits until the cookie is LAX_UNSAFE_AGED_MS old, and the explainer is asked with a clock
 *   moved past its own 2-minute window (AGED_CLOCK_MS). Firefox runs the same, with no switch.
 * - "iframe-allowed" / "iframe-blocked": a page of another site frames /embed/cookie-basics; the
 *   frame sets it and fetches /api/echo/frame, third-party cookies allowed or blocked.
 * - "iframe-elsewhere": the frame sets it under one top-level site (third-party cookies allowed),
 *   then the same lab page framed by a page of a third site fetches /api/echo/frame: a partitioned
 *   cookie (CHIPS, or Firefox's Total Cookie Protection) stays with the first top-level site.
 */
export const GROUPS = ["same-site", "nav-get", "nav-post", "nav-post-aged", "iframe-allowed", "iframe-blocked", "iframe-elsewhere"] as const;
export type Group = (typeof GROUPS)[number];

/** The rows of docs/browsers.md. */
export const BEHAVIOURS = {
  "lax-default": "Lax by default (a cookie without SameSite)",
  "lax-unsafe": "Lax-allowing-unsafe (a fresh cookie without SameSite on a cross-site top-level POST)",
  samesite: "SameSite=Strict, Lax and None across sites",
  "third-party": "Third-party cookies (SameSite=None; Secure in a cross-site iframe)",
  chips: "CHIPS (Partitioned) in a cross-site iframe",
  partitioning: "Partitioned jars (set in a cross-site iframe under one top-level site, read under another)",
  "localhost-secure": "http://localhost as a secure origin (Secure, __Secure-, __Host- over plain http)",
  prefixes: "Cookie prefixes, __Http- and __Host-Http- included",
  expiry: "Max-Age and Expires edge cases",
  "cap-400": "The 400-day cap on Max-Age and Expires",
} as const;
export type Behaviour = keyof typeof BEHAVIOURS;

export type EngineCase = { id: string; group: Group; behaviour: Behaviour; label: string; cookie: CookieBody };

const c = (id: string, group: Group, behaviour: Behaviour, label: string, cookie: Omit<CookieBody, "value"> & { value?: string }): EngineCase => ({
  id,
  group,
  behaviour,
  label,
  cookie: { value: "1", path: "/", ...cookie },
});

const PAST = "Thu, 01 Jan 2015 00:00:00 GMT";
const FAR = "Wed, 01 Jan 2100 00:00:00 GMT";

export const CASES: readonly EngineCase[] = [
  // Top-level, same-site.
  c("ss-lax-default", "same-site", "lax-default", "no SameSite, same-site", { name: "ss_nosamesite" }),
  c("ss-none-insecure", "same-site", "samesite", "SameSite=None without Secure", { name: "ss_noneinsecure", sameSite: "None" }),
  c("ss-secure-http", "same-site", "localhost-secure", "Secure over http://localhost", { name: "ss_secure", secure: true }),
  c("ss-secure-prefix", "same-site", "localhost-secure", "__Secure- over http://localhost", { name: "__Secure-ss", secure: true }),
  c("ss-host-prefix", "same-site", "localhost-secure", "__Host- over http://localhost", { name: "__Host-ss", secure: true }),
  c("ss-host-domain", "same-site", "prefixes", "__Host- with Domain=localhost", { name: "__Host-ssdomain", secure: true, domain: "localhost" }),
  c("ss-host-path", "same-site", "prefixes", "__Host- with Path=/api", { name: "__Host-sspath", secure: true, path: "/api" }),
  c("ss-secure-prefix-nosecure", "same-site", "prefixes", "__Secure- without Secure", { name: "__Secure-ssnosecure" }),
  c("ss-http-prefix", "same-site", "prefixes", "__Http- with Secure and HttpOnly", { name: "__Http-ss", secure: true, httpOnly: true }),
  c("ss-http-prefix-nohttponly", "same-site", "prefixes", "__Http- without HttpOnly", { name: "__Http-ssnohttponly", secure: true }),
  c("ss-hosthttp-prefix", "same-site", "prefixes", "__Host-Http- with Secure and HttpOnly", { name: "__Host-Http-ss", secure: true, httpOnly: true }),
  c("ss-hosthttp-prefix-nohttponly", "same-site", "prefixes", "__Host-Http- without HttpOnly", { name: "__Host-Http-ssnohttponly", secure: true }),
  c("ss-partitioned-nosecure", "same-site", "chips", "Partitioned without Secure", { name: "ss_partnosecure", partitioned: true }),
  c("ss-partitioned", "same-site", "chips", "Partitioned; Secure, same-site", { name: "ss_part", secure: true, sameSite: "None", partitioned: true }),
  c("ss-maxage-zero", "same-site", "expiry", "Max-Age=0", { name: "ss_maxage0", maxAge: 0 }),
  c("ss-expires-past", "same-site", "expiry", "Expires in the past", { name: "ss_expirespast", expires: PAST }),
  c("ss-maxage-beats-expires", "same-site", "expiry", "Max-Age=3600 with an Expires in the past (Max-Age wins)", {
    name: "ss_maxagewins",
    maxAge: 3600,
    expires: PAST,
  }),
  c("ss-maxage-2y", "same-site", "cap-400", "Max-Age of two years", { name: "ss_maxage2y", maxAge: 63_072_000 }),
  c("ss-expires-2100", "same-site", "cap-400", "Expires in 2100", { name: "ss_expires2100", expires: FAR }),

  // Set same-site, then a cross-site top-level navigation.
  c("get-lax-default", "nav-get", "lax-default", "no SameSite, cross-site link", { name: "get_nosamesite" }),
  c("get-lax", "nav-get", "samesite", "SameSite=Lax, cross-site link", { name: "get_lax", sameSite: "Lax" }),
  c("get-strict", "nav-get", "samesite", "SameSite=Strict, cross-site link", { name: "get_strict", sameSite: "Strict" }),
  c("get-none", "nav-get", "samesite", "SameSite=None; Secure, cross-site link", { name: "get_none", sameSite: "None", secure: true }),
  c("post-lax-unsafe", "nav-post", "lax-unsafe", "no SameSite, seconds old, cross-site form POST", { name: "post_nosamesite" }),
  c("post-lax", "nav-post", "samesite", "SameSite=Lax, cross-site form POST", { name: "post_lax", sameSite: "Lax" }),
  c("post-none", "nav-post", "samesite", "SameSite=None; Secure, cross-site form POST", { name: "post_none", sameSite: "None", secure: true }),
  // What tells the engines apart: past the window, Chromium's default is plain Lax; Firefox has no Lax default.
  c("post-aged-lax-default", "nav-post-aged", "lax-unsafe", "no SameSite, past the Lax-allowing-unsafe window, cross-site form POST", {
    name: "aged_nosamesite",
  }),
  c("post-aged-lax", "nav-post-aged", "lax-unsafe", "SameSite=Lax, as old, cross-site form POST", { name: "aged_lax", sameSite: "Lax" }),

  // Set inside a cross-site iframe.
  ...(["allowed", "blocked"] as const).flatMap((mode) => {
    const group = `iframe-${mode}` as const;
    const p = `fr${mode[0]}`;
    return [
      c(`${group}-none`, group, "third-party", `SameSite=None; Secure, third-party cookies ${mode}`, { name: `${p}_none`, sameSite: "None", secure: true }),
      c(`${group}-chips`, group, "chips", `SameSite=None; Secure; Partitioned, third-party cookies ${mode}`, {
        name: `${p}_chips`,
        sameSite: "None",
        secure: true,
        partitioned: true,
      }),
      c(`${group}-lax-default`, group, "lax-default", `no SameSite, Secure, third-party cookies ${mode}`, { name: `${p}_nosamesite`, secure: true }),
      c(`${group}-lax`, group, "samesite", `SameSite=Lax, third-party cookies ${mode}`, { name: `${p}_lax`, sameSite: "Lax" }),
    ];
  }),

  // Set in a cross-site iframe under one top-level site, read in it under another.
  c("elsewhere-chips", "iframe-elsewhere", "partitioning", "SameSite=None; Secure; Partitioned, read under another top-level site", {
    name: "else_chips",
    sameSite: "None",
    secure: true,
    partitioned: true,
  }),
  c("elsewhere-none", "iframe-elsewhere", "partitioning", "SameSite=None; Secure (not Partitioned), read under another top-level site", {
    name: "else_none",
    sameSite: "None",
    secure: true,
  }),
];

/** How old the nav-post-aged cookies are, at least, when the form is sent: past Chromium's 10-second test window. */
export const LAX_UNSAFE_AGED_MS = 11_000;
/** The explainer's clock for sending them: past its (and Chromium's real) 2-minute window. */
export const AGED_CLOCK_MS = LAX_ALLOWING_UNSAFE_MS + 60_000;
/** The Chromium switch that shortens the Lax-allowing-unsafe window to 10 seconds (net::features, for tests). */
export const CHROMIUM_SHORT_LAX_UNSAFE = "--enable-features=ShortLaxAllowUnsafeThreshold";

/** A hash of the case ids and setups: docs/browsers.md names the one it was generated from. */
export function caseListHash(cases: readonly EngineCase[] = CASES): string {
  return createHash("sha256")
    .update(JSON.stringify(cases.map((k) => [k.id, k.group, k.cookie])))
    .digest("hex")
    .slice(0, 12);
}

export const ECHO_PATH: Record<Group, string> = {
  "same-site": "/api/echo/same",
  "nav-get": "/api/echo/nav",
  "nav-post": "/api/echo/nav",
  "nav-post-aged": "/api/echo/nav",
  "iframe-allowed": "/api/echo/frame",
  "iframe-blocked": "/api/echo/frame",
  "iframe-elsewhere": "/api/echo/frame",
};

/** The context the cookie is set in, and the one its next request is made in. */
function contexts(group: Group): { set: RequestContext; send: RequestContext } {
  switch (group) {
    case "same-site":
      return { set: {}, send: {} };
    case "nav-get":
      return { set: {}, send: { site: "cross-site", frame: "top-level", method: "GET" } };
    case "nav-post":
    case "nav-post-aged":
      return { set: {}, send: { site: "cross-site", frame: "top-level", method: "POST" } };
    case "iframe-allowed":
    case "iframe-blocked":
    case "iframe-elsewhere": {
      const frame: RequestContext = { site: "cross-site", frame: "iframe", thirdPartyCookies: group === "iframe-blocked" ? "blocked" : "allowed" };
      return { set: frame, send: frame };
    }
  }
}

export type EngineId = "chromium" | "firefox";
export type Outcome = { stored: boolean; sent: boolean };
export type Prediction = Outcome & { why: string; expiresInDays: number | null };

/**
 * What the explainer predicts `engine` does with `line` (the Set-Cookie line the server really sent
 * for the case) received from `base`/api/cookies: kept or not, and whether the next request of the
 * group carries it. A case whose set and send contexts are the same is explain() itself; the
 * navigations set in one context and send in another, through the explainer's jar.
 */
export function predict(k: EngineCase, line: string, base: string, engine: EngineId, now = new Date()): Prediction {
  const { set, send } = contexts(k.group);
  const url = `${base}/api/cookies`;
  const requestUrl = `${base}${ECHO_PATH[k.group]}`;
  const explained = explain({ setCookie: line, url, requestUrl, now, context: { ...set, browser: engine } }).cookies[0]!;
  let clock = now;
  const jar = new CookieJar({ now: () => clock });
  const kept = jar.setCookie(line, url, { ...set, browser: engine }).cookie;
  if (k.group === "nav-post-aged") clock = new Date(now.getTime() + AGED_CLOCK_MS);
  const header = jar.cookieHeader(requestUrl, { ...send, browser: engine });
  // The jar holds one top-level site: a cookie it keeps partitioned (CHIPS, or Total Cookie
  // Protection) belongs to the site that framed the lab when it was set, so under another it is not sent.
  const sent = headerHas(header, explained.name, explained.value) && !(k.group === "iframe-elsewhere" && kept?.partitioned);
  const why = explained.stored ? `stored${explained.partitionedBy ? ` (${explained.partitionedBy})` : ""}` : `refused (${explained.reason?.code})`;
  const expiry = explained.stored ? (kept?.expiryTime ?? null) : null;
  return { stored: explained.stored, sent, why, expiresInDays: expiry && daysFrom(now, expiry) };
}

/** Days from `now` to `expiry`, to a tenth of a day (the 400-day cap is what it shows). */
export function daysFrom(now: Date, expiry: Date): number {
  return Math.round((expiry.getTime() - now.getTime()) / 8_640_000) / 10;
}

/** Whether a Cookie header carries name=value. */
export function headerHas(header: string | null, name: string, value: string): boolean {
  return (header ?? "").split("; ").includes(`${name}=${value}`);
}

/** What a runner writes to .test-output/engines/<engine>.json. */
export type EngineRun = {
  engine: EngineId;
  /** As the browser reports it, e.g. "Chromium 156.0.7780.0" or "Firefox 153.8.0esr". */
  version: string;
  date: string;
  caseListHash: string;
  cases: Record<string, Outcome & { group: Group; behaviour: Behaviour; label: string; line: string; expiresInDays: number | null }>;
};

export const ENGINE_OUTPUT_DIR = ".test-output/engines";
