/**
 * Cookie name prefixes: a name that starts with one promises how the cookie was set, and the
 * browser enforces the promise, so a server can trust such a cookie was not planted by an insecure
 * page, a sibling subdomain or (for the two HTTP-only prefixes) a script.
 *
 * - `__Secure-` needs Secure (RFC 6265bis §4.1.3.1, §5.7 step 20).
 * - `__Host-` needs Secure, Path=/ and no Domain (§4.1.3.2, §5.7 step 21).
 * - `__Http-` needs Secure and HttpOnly, and `__Host-Http-` both sets of rules
 *   (draft-ietf-httpbis-layered-cookies, "Store a Cookie": "Http-prefix compatible"). HttpOnly
 *   cannot come from a script, so no script may ever set, replace or delete such a cookie.
 *
 * Every match is on the byte-lowercased name, as the drafts and Chromium (since 2024) do, "to
 * protect servers that process these values in a case-insensitive manner".
 */
import { FIREFOX_MODELLED, FIREFOX_SINCE, firefoxHas, type Browser } from "./engines";
import type { ParsedSetCookie } from "./parse";
import { quote } from "./reasons";

export type PrefixFacts = {
  secure: boolean;
  httpOnly: boolean;
  path: string;
  hasDomain: boolean;
  hasPath: boolean;
  /** §5.7 step 10: no Domain, or a Domain that step 9 emptied (a public suffix equal to the host). */
  hostOnly: boolean;
};

/** Longest first: `__Host-Http-x` is a __Host-Http- cookie, not merely a __Host- one. */
export const COOKIE_PREFIXES = ["__Host-Http-", "__Http-", "__Host-", "__Secure-"] as const;
export type CookiePrefix = (typeof COOKIE_PREFIXES)[number];

/** The prefixes only a server's Set-Cookie header may set (HttpOnly required). */
export const HTTP_ONLY_PREFIXES: readonly CookiePrefix[] = ["__Host-Http-", "__Http-"];

/** Who enforces the two HTTP-only prefixes; dated, because support moves. */
export const HTTP_PREFIX_SUPPORT =
  "Chrome 140+ and Firefox 142+ enforce this (as of December 2026); older browsers, Firefox 140 ESR among them, still store the cookie";
/** __Host-Http- arrived in Firefox 143 (bug 1982555); Firefox 142 spelled it __HostHttp-. */
export const HOST_HTTP_PREFIX_SUPPORT =
  "Chrome 140+ and Firefox 143+ enforce this (as of December 2026; Firefox 142 spelled it __HostHttp-); older browsers, Firefox 140 ESR among them, still store the cookie";

/** Who enforces the two HTTP-only prefixes, for the engine being explained. */
function httpPrefixSupport(browser: Browser, prefix: CookiePrefix): string {
  if (browser === "firefox") {
    const since = prefix === "__Host-Http-" ? FIREFOX_SINCE.hostHttpPrefix : FIREFOX_SINCE.httpPrefix;
    return `${FIREFOX_MODELLED} enforces ${prefix} (Firefox ${since} and later do)`;
  }
  return prefix === "__Host-Http-" ? HOST_HTTP_PREFIX_SUPPORT : HTTP_PREFIX_SUPPORT;
}

/**
 * The prefixes an engine enforces: RFC 6265bis alone knows only __Secure- and __Host- (the two
 * HTTP-only ones come from the layered-cookies draft), and a Firefox before 142/143 lacks them.
 */
export function prefixesFor(browser: Browser): readonly CookiePrefix[] {
  if (browser === "spec") return ["__Host-", "__Secure-"];
  if (browser === "firefox") {
    return COOKIE_PREFIXES.filter((p) =>
      p === "__Http-" ? firefoxHas(FIREFOX_SINCE.httpPrefix) : p === "__Host-Http-" ? firefoxHas(FIREFOX_SINCE.hostHttpPrefix) : true,
    );
  }
  return COOKIE_PREFIXES;
}

/** The prefix `name` starts with, compared case-insensitively, or null. */
export function prefixOf(name: string, prefixes: readonly CookiePrefix[] = COOKIE_PREFIXES): CookiePrefix | null {
  const lower = name.toLowerCase();
  return prefixes.find((p) => lower.startsWith(p.toLowerCase())) ?? null;
}

/** Whether only a server may set a cookie of this name (`__Http-`, `__Host-Http-`, any case). */
export function isHttpOnlyPrefixed(name: string): boolean {
  const prefix = prefixOf(name);
  return prefix !== null && HTTP_ONLY_PREFIXES.includes(prefix);
}

/** "starts with __Http-", plus a note when the name spells it in another letter case. */
function startsWith(name: string, prefix: CookiePrefix): string {
  const spelled = name.slice(0, prefix.length);
  return spelled === prefix ? `starts with ${prefix}` : `starts with ${prefix} (browsers match the prefixes in any letter case, so ${spelled} counts)`;
}

/**
 * Layered cookies, "Store a Cookie": document.cookie (a non-HTTP API) may not set HttpOnly, and
 * these prefixes require it, so a script can never set, replace or delete such a cookie.
 */
export function checkScriptPrefix(name: string, browser: Browser = "chromium"): string | null {
  const prefix = prefixOf(name, prefixesFor(browser));
  if (prefix === null || !HTTP_ONLY_PREFIXES.includes(prefix)) return null;
  return `The name ${quote(name)} ${startsWith(name, prefix)}, so only a server's Set-Cookie header may set, change or delete it: document.cookie never can, whatever the attributes. ${httpPrefixSupport(browser, prefix)}.`;
}

/** The prefix rules for a cookie from an HTTP response; a sentence naming the broken rule, or null. */
export function checkPrefixes({ name, value }: ParsedSetCookie, facts: PrefixFacts, browser: Browser = "chromium"): string | null {
  const prefixes = prefixesFor(browser);
  if (name === "" && prefixOf(value, prefixes) !== null) {
    return `The nameless cookie's value ${quote(value)} starts with a cookie prefix, which would let it pass for a prefixed cookie; browsers refuse it.`;
  }
  const prefix = prefixOf(name, prefixes);
  if (prefix === null) return null;
  const httpOnlyPrefix = HTTP_ONLY_PREFIXES.includes(prefix);
  // The HTTP-only prefixes are new: every refusal they cause says who enforces it. A __Host-Http-
  // name also starts with __Host-, so browsers without the new prefix still apply __Host-'s rules.
  const support = httpOnlyPrefix
    ? browser === "firefox"
      ? ` ${httpPrefixSupport(browser, prefix)}.`
      : prefix === "__Host-Http-"
        ? ` Chrome 140+ and Firefox 143+ enforce __Host-Http- (as of December 2026); older browsers still apply this rule, since the name also starts with __Host-.`
        : ` ${HTTP_PREFIX_SUPPORT}.`
    : "";
  const rule = (requirement: string) => `The name ${quote(name)} ${startsWith(name, prefix)}, so the cookie must ${requirement}.`;

  if (!facts.secure) return rule("have the Secure attribute") + support;
  if (httpOnlyPrefix && !facts.httpOnly) {
    return `${rule("have the HttpOnly attribute: the prefix promises the server that only a Set-Cookie header set it, never a script")} ${httpPrefixSupport(browser, prefix)}.`;
  }
  if (prefix === "__Host-" || prefix === "__Host-Http-") {
    // Chromium refuses any Domain attribute on __Host- cookies; the draft (and Firefox) only ask for
    // host-only, which Domain=localhost on localhost still is (§5.7 step 9 empties it).
    if (browser === "chromium" && facts.hasDomain) return rule("not have a Domain attribute (Chromium refuses even Domain=<its own host>)") + support;
    if (browser !== "chromium" && !facts.hostOnly)
      return rule("be host-only, with no Domain attribute naming a parent domain or the host itself (§5.7 step 21)") + support;
    if (!facts.hasPath || facts.path !== "/") {
      const found = facts.hasPath ? `(not ${quote(facts.path)})` : "written explicitly";
      return rule(`have Path=/ ${found}`) + support;
    }
  }
  return null;
}
