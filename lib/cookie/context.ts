import type { Browser } from "./engines";

/**
 * Where a response or request happens, as far as cookies care: is it same-site, is it a top-level
 * navigation or inside an iframe, which method, and are third-party cookies blocked.
 */
export type RequestContext = {
  /** RFC 6265bis §5.2: whether the request's site for cookies is the cookie's site. @default "same-site" */
  site?: "same-site" | "cross-site";
  /** Top-level navigation or a document inside an iframe. @default "top-level" */
  frame?: "top-level" | "iframe";
  /** The HTTP method; Lax cookies go cross-site only with a safe one (§5.8.3). @default "GET" */
  method?: string;
  /**
   * Whether the browser refuses cookies in a third-party context that are not Partitioned. As of
   * December 2026: "allowed" is Chrome's default (outside Incognito); "blocked" is Safari's, and
   * Chrome's in Incognito or by the user's setting. With browser "firefox", "allowed" is Firefox's
   * default, which keeps them in a jar per top-level site (Total Cookie Protection); with browser
   * "spec" neither applies (RFC 6265bis leaves third-party policy to the user agent). @default "allowed"
   */
  thirdPartyCookies?: "blocked" | "allowed";
  /**
   * Whose rules to follow: Chromium, Firefox (FIREFOX_MODELLED), or RFC 6265bis alone. For Firefox,
   * "allowed" third-party cookies means its default, Total Cookie Protection: kept, but in a jar per
   * top-level site; "blocked" its custom setting that refuses cross-site cookies. @default "chromium"
   */
  browser?: Browser;
  /** "non-http" is document.cookie / the CookieStore API, which may not touch HttpOnly cookies (§5.7). @default "http" */
  api?: "http" | "non-http";
};

export type ResolvedContext = Required<RequestContext>;

export function resolveContext(context: RequestContext = {}): ResolvedContext {
  return {
    site: context.site ?? "same-site",
    frame: context.frame ?? "top-level",
    method: (context.method ?? "GET").toUpperCase(),
    thirdPartyCookies: context.thirdPartyCookies ?? "allowed",
    api: context.api ?? "http",
    browser: context.browser ?? "chromium",
  };
}

/** A third-party context: a document from another site embedded in this one. */
export function isThirdParty(context: ResolvedContext): boolean {
  return context.site === "cross-site" && context.frame === "iframe";
}

/** RFC 9110 §9.2.1 safe methods, the ones a Lax cookie may follow cross-site (§5.8.3). */
export function isSafeMethod(method: string): boolean {
  return ["GET", "HEAD", "OPTIONS", "TRACE"].includes(method.toUpperCase());
}
