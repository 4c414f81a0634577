/**
 * RFC 6265bis §5.7, the storage model: decides whether a parsed Set-Cookie line becomes a cookie
 * and with which domain, path and flags. Where Chromium is stricter than the draft, Chromium wins
 * and the step says so, because learners test in a real browser.
 */
import type { StoredSameSite } from "./attributes";
import { isThirdParty, type ResolvedContext } from "./context";
import { FIREFOX_MODELLED, hasQuirk, SPEC_MODELLED } from "./engines";
import { expiryOf, lastOf, type ParsedSetCookie } from "./parse";
import { checkPrefixes, checkScriptPrefix } from "./prefixes";
import { quote, reason, type Reason } from "./reasons";
import { isPublicSuffix } from "./public-suffix";
import { canonicalHost, defaultPath, domainMatch, isLoopbackOnlySecure, isSecureUrl, pathMatch } from "./url-match";

export type StoredCookie = {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: StoredSameSite;
  partitioned: boolean;
  /** Set when the cookie went into a jar of its own for the top-level site: asked for (CHIPS) or by Firefox's Total Cookie Protection. */
  partitionedBy?: "CHIPS" | "Total Cookie Protection";
  persistent: boolean;
  /** null for a session cookie (§5.7 step 6 "latest representable date"). */
  expiryTime: Date | null;
  creationTime: Date;
  lastAccessTime: Date;
};

export type Verdict = { ok: true; cookie: StoredCookie } | { ok: false; reason: Reason };

type Input = { parsed: ParsedSetCookie; url: URL; context: ResolvedContext; now: Date; store: readonly StoredCookie[] };

/** Steps 2-22 of §5.7: everything up to, not including, replacing an old cookie. */
export function createCookie({ parsed, url, context, now, store }: Input, steps: string[], warnings: string[]): Verdict {
  const list = parsed.attributeList;
  const host = canonicalHost(url);
  const label = parsed.name === "" ? `the nameless cookie ${quote(parsed.value)}` : `the cookie ${quote(parsed.name)}`;
  const fail = (code: Reason["code"], message: string, step: string): Verdict => {
    steps.push(`Rejected: ${step}`);
    return { ok: false, reason: reason(code, message) };
  };
  const browser = context.browser;

  // Nameless cookies: RFC 6265bis keeps them, but "=a=b" would be sent back as "a=b", which a server
  // reads as a cookie named "a". Chromium refuses that; Firefox refuses every empty name
  // (ENGINE_QUIRKS in engines.ts).
  if (parsed.name === "" && hasQuirk(browser, "namelessRefused")) {
    return fail(
      "NamelessCookie",
      `${FIREFOX_MODELLED} refuses a cookie with an empty name (a line starting with "="), so it ignores ${label}; RFC 6265bis would keep it.`,
      `empty cookie name (${FIREFOX_MODELLED} rule; RFC 6265bis §5.6 step 3 would keep it).`,
    );
  }
  if (parsed.name === "" && hasQuirk(browser, "namelessValueWithEquals") && parsed.value.includes("=")) {
    return fail(
      "NamelessCookie",
      `${cap(label)} has no name and its value holds "=", so it would be sent back as ${quote(parsed.value)}, which a server reads as a cookie named ${quote(parsed.value.slice(0, parsed.value.indexOf("=")))}; Chromium (and Firefox) refuse it, though RFC 6265bis would keep it.`,
      'empty name with "=" in the value (Chromium rule; RFC 6265bis §5.6 step 3 would keep it).',
    );
  }

  // §5.7 step 6: Max-Age beats Expires; neither makes a session cookie.
  const expiryTime = expiryOf(list);
  const expires = expiryTime && (expiryTime.getTime() <= now.getTime() ? "immediately" : expiryTime.toUTCString());
  steps.push(
    expires
      ? `Persistent cookie, expires ${expires} (§5.7 step 6).`
      : "No Max-Age or Expires: a session cookie, deleted when the browser session ends (§5.7 step 6).",
  );

  // §5.7 steps 7-10: the last Domain attribute decides between host-only and domain cookies.
  let domainAttribute = lastOf(list, "Domain")?.value ?? "";
  if (/[^\x00-\x7F]/.test(domainAttribute)) {
    return fail(
      "InvalidDomain",
      `Domain=${quote(domainAttribute)} contains non-ASCII characters, so the browser ignores ${label}.`,
      "Domain is not ASCII (§5.7 step 8).",
    );
  }
  if (domainAttribute !== "" && isPublicSuffix(domainAttribute)) {
    if (domainAttribute !== host) {
      return fail(
        "InvalidDomain",
        `Domain=${quote(domainAttribute)} is a public suffix shared by unrelated sites, so ${host} may not set cookies for it.`,
        "Domain is a public suffix (§5.7 step 9).",
      );
    }
    steps.push(`Domain=${domainAttribute} is a public suffix but equals the host, so the cookie becomes host-only (§5.7 step 9).`);
    domainAttribute = "";
  }
  if (domainAttribute !== "" && !domainMatch(host, domainAttribute)) {
    return fail(
      "InvalidDomain",
      `Domain=${quote(domainAttribute)} is neither the host ${host} that sent it nor a parent domain of it, so the browser ignores ${label}.`,
      `${host} does not domain-match ${domainAttribute} (§5.7 step 10).`,
    );
  }
  const hostOnly = domainAttribute === "";
  const domain = hostOnly ? host : domainAttribute;
  steps.push(hostOnly ? `Host-only: sent back only to ${host} (§5.7 step 10).` : `Domain cookie: sent to ${domain} and its subdomains (§5.7 step 10).`);

  // §5.7 step 11: the last Path attribute (already defaulted by §5.6.4), else the default-path.
  const pathAttribute = lastOf(list, "Path");
  const path = pathAttribute?.value ?? defaultPath(url.pathname);
  if (!pathAttribute) steps.push(`No Path: the default path ${path} comes from ${url.pathname} (§5.1.4).`);

  // §5.7 steps 12-13: a Secure cookie only from a secure connection.
  const secure = lastOf(list, "Secure") !== undefined;
  if (secure && !isSecureUrl(url)) {
    return fail(
      "SecureOnly",
      `${cap(label)} has Secure but came over plain http from ${url.origin}; only https pages may set Secure cookies.`,
      "Secure from an insecure origin (§5.7 step 13).",
    );
  }
  if (secure && isLoopbackOnlySecure(url)) {
    warnings.push(
      `Secure is accepted over http here only because Chrome and Firefox treat ${url.hostname} as a secure context; Safari does not (WebKit bug 281149), and a real http:// site would be refused everywhere.`,
    );
  }

  // Layered cookies, "Store a Cookie": __Http- and __Host-Http- require HttpOnly, which a script
  // may not set, so document.cookie can never set (or replace, or delete) such a cookie.
  const scriptPrefixFailure = context.api === "non-http" ? checkScriptPrefix(parsed.name, browser) : null;
  if (scriptPrefixFailure) {
    return fail("InvalidPrefix", scriptPrefixFailure, "an __Http- or __Host-Http- cookie from a non-HTTP API (layered cookies, Store a Cookie).");
  }

  // §5.7 steps 14-15: document.cookie may not create HttpOnly cookies.
  const httpOnly = lastOf(list, "HttpOnly") !== undefined;
  if (httpOnly && context.api === "non-http") {
    return fail(
      "HttpOnlyFromScript",
      `${cap(label)} has HttpOnly, which only a server's Set-Cookie header may set, not document.cookie.`,
      "HttpOnly from a non-HTTP API (§5.7 step 15).",
    );
  }

  // §5.7 step 16 ("Leave Secure Cookies Alone"): an insecure origin may not shadow a Secure cookie.
  if (!secure && !isSecureUrl(url)) {
    const shadowed = store.find(
      (c) => c.secure && c.name === parsed.name && (domainMatch(c.domain, domain) || domainMatch(domain, c.domain)) && pathMatch(path, c.path),
    );
    if (shadowed) {
      return fail(
        "OverwriteSecure",
        `An http page may not replace the Secure cookie ${quote(parsed.name)} set by an https page for ${shadowed.domain}${shadowed.path}.`,
        "would overwrite a Secure cookie from an insecure origin (§5.7 step 16).",
      );
    }
  }

  // §5.7 steps 17-18: Lax and Strict cookies may be set cross-site only by a top-level navigation.
  const sameSiteAttribute = lastOf(list, "SameSite");
  const sameSite: StoredSameSite = sameSiteAttribute?.value ?? "Default";
  if (sameSite === "Default") warnings.push(defaultSameSiteWarning(browser));
  // Firefox does not default to Lax: a cookie without SameSite is set (and sent) cross-site like None.
  const restricted = sameSite !== "None" && !(sameSite === "Default" && browser === "firefox");
  if (restricted && context.site === "cross-site" && context.frame !== "top-level") {
    const code = sameSite === "Strict" ? "SameSiteStrict" : sameSite === "Lax" ? "SameSiteLax" : "SameSiteUnspecifiedTreatedAsLax";
    const shown =
      sameSite === "Default"
        ? browser === "spec"
          ? `no SameSite ("Default", restricted like Lax by ${SPEC_MODELLED})`
          : "no SameSite (treated as Lax)"
        : `SameSite=${sameSite}`;
    return fail(
      code,
      `${cap(label)} has ${shown}, so a cross-site iframe or subresource may not set it; it needs SameSite=None; Secure.`,
      `${shown} cookie from a cross-site, non-top-level response (§5.7 step 18).`,
    );
  }

  // CHIPS (draft-cutler-httpbis-partitioned-cookies): Partitioned asks for a jar per top-level site.
  const partitioned = lastOf(list, "Partitioned") !== undefined;

  // SameSite=None without Secure is refused: Chromium since Chrome 80, Firefox (noneRequiresSecure),
  // and RFC 6265bis §5.7 step 19.
  if (sameSite === "None" && !secure) {
    const who = browser === "chromium" ? "Chromium" : browser === "firefox" ? `${FIREFOX_MODELLED} (like Chromium)` : `${SPEC_MODELLED} (§5.7 step 19)`;
    return fail(
      "SameSiteNoneInsecure",
      `${cap(label)} has SameSite=None without Secure; ${who} refuses that combination${partitioned ? " (and Partitioned needs Secure too)" : ""}.`,
      browser === "chromium"
        ? "SameSite=None without Secure (Chromium rule)."
        : browser === "firefox"
          ? `SameSite=None without Secure (${FIREFOX_MODELLED} rule).`
          : "SameSite=None without Secure (§5.7 step 19).",
    );
  }

  const hasDomain = lastOf(list, "Domain") !== undefined;
  const prefixFailure = checkPrefixes(parsed, { secure, httpOnly, path, hasDomain, hasPath: pathAttribute !== undefined, hostOnly }, browser);
  if (prefixFailure) {
    return fail(
      "InvalidPrefix",
      prefixFailure,
      "cookie prefix requirements not met (§5.7 steps 20-22; __Http- and __Host-Http-: layered cookies, Store a Cookie).",
    );
  }

  // CHIPS and Chromium: Partitioned requires Secure.
  if (partitioned && !secure) {
    return fail(
      "InvalidPartitioned",
      `${cap(label)} is Partitioned without Secure; ${browser === "firefox" ? `${FIREFOX_MODELLED}, like Chromium,` : "Chromium"} refuses partitioned cookies that are not Secure.`,
      `Partitioned without Secure (${browser === "firefox" ? FIREFOX_MODELLED : "Chromium"} rule).`,
    );
  }

  const thirdParty = isThirdParty(context);
  let partitionedBy: StoredCookie["partitionedBy"];
  if (thirdParty && browser === "spec") {
    // RFC 6265bis alone: §5.3 lets a user agent block third-party cookies, but sets no policy of its own.
    steps.push(
      `Set in a third-party context: ${SPEC_MODELLED} alone has no third-party cookie policy (§5.3 leaves blocking and partitioning to each browser), so the third-party cookies setting does not apply.`,
    );
  } else if (thirdParty && context.thirdPartyCookies === "blocked" && (!partitioned || browser === "firefox")) {
    // §5.3 lets the user agent ignore cookies by policy: with third-party cookies blocked (Safari's default,
    // Chrome's in Incognito or by the user's setting), a Partitioned one is still accepted (and, by the
    // rules above, it is then Secure and SameSite=None). Not in Firefox: its setting that blocks all
    // cross-site cookies (network.cookie.cookieBehavior 1) refuses Partitioned ones too (measured,
    // e2e/engine-cases.ts). DevTools' name for the refusal dates from Chrome's third-party cookie
    // phase-out, which Google abandoned (July 2024, April 2025).
    const refusal =
      browser === "firefox"
        ? `Third-party cookies are blocked here (in ${FIREFOX_MODELLED}, the custom setting that blocks all cross-site cookies), and that setting refuses every cookie in a cross-site iframe, Partitioned ones too.`
        : `Third-party cookies are blocked here (as in Safari, and in Chrome's Incognito windows or with the setting on) and ${label} is not Partitioned; in a cross-site iframe only Partitioned; Secure; SameSite=None cookies are stored.`;
    return fail("ThirdPartyPhaseout", refusal, "third-party cookie blocked by the browser's settings (§5.3).");
  } else if (thirdParty && partitioned) {
    // A Partitioned line got here only with Secure (above), so browsers that block third-party
    // cookies keep it too: warning about them would be wrong for it.
    partitionedBy = "CHIPS";
    steps.push(
      `Partitioned in a third-party context: kept in a separate jar for the top-level site that embeds this page (CHIPS), ${context.thirdPartyCookies === "blocked" ? "although" : "even where"} third-party cookies are blocked; it is sent back only inside that same top-level site.`,
    );
  } else if (thirdParty && browser === "firefox") {
    partitionedBy = "Total Cookie Protection";
    steps.push(
      `Stored, but partitioned: ${FIREFOX_MODELLED}'s Total Cookie Protection (on by default) keeps a third-party cookie in a separate jar for the top-level site that embeds this page, so it is sent back only inside that same top-level site, never when this site is visited directly or embedded elsewhere.`,
    );
  } else if (thirdParty) {
    warnings.push(
      "Set in a third-party context and not Partitioned: as of December 2026 Chrome keeps it by default (outside Incognito), Firefox keeps it only in a separate jar for this top-level site (Total Cookie Protection), and Safari, or Chrome with third-party cookies blocked, refuses it; add Partitioned (with Secure and SameSite=None) to have it kept everywhere.",
    );
  }

  const cookie: StoredCookie = {
    name: parsed.name,
    value: parsed.value,
    domain,
    hostOnly,
    path,
    secure,
    httpOnly,
    sameSite,
    partitioned: partitioned || partitionedBy !== undefined,
    ...(partitionedBy ? { partitionedBy } : {}),
    persistent: expiryTime !== null,
    expiryTime,
    creationTime: now,
    lastAccessTime: now,
  };
  return { ok: true, cookie };
}

/** What a missing (or unrecognised) SameSite means, for the engine being explained. */
function defaultSameSiteWarning(browser: ResolvedContext["browser"]): string {
  if (browser === "firefox") {
    return `No valid SameSite: ${FIREFOX_MODELLED} does not treat a missing SameSite as Lax (network.cookie.sameSite.laxByDefault is off in release Firefox), so it sends the cookie on every cross-site request, like SameSite=None; Chromium would treat it as Lax.`;
  }
  if (browser === "spec") {
    return `No valid SameSite: ${SPEC_MODELLED} gives the cookie the same-site-flag "Default", which it restricts like Lax (§5.7 step 18, §5.8.3) without Chromium's 2-minute window for cross-site top-level POSTs; Firefox does not restrict it at all.`;
  }
  return "No valid SameSite: Chromium treats the cookie as SameSite=Lax (but still sends it on cross-site top-level POSTs during its first 2 minutes); Firefox and Safari have no such default and send it on every cross-site request, like SameSite=None.";
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
