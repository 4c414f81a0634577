import { defaultPath, pathMatch } from "../cookie/path-match";
import { parseCookieHeader } from "../cookie/cookie-header";
import { expiresAt, hasFlag, isDeletion, splitSetCookie } from "./set-cookie-attributes";

/**
 * Why a cookie is missing from `document.cookie`, said only as far as the steps prove it:
 * - `httponly`: the Set-Cookie line the browser holds it from said HttpOnly;
 * - `path`: it was set without HttpOnly, but with a Path that does not cover this page (`path`);
 * - `deleted`: the request carried it and this response deleted it;
 * - `unknown`: the request carried it and no Set-Cookie line in the steps says why (set before
 *   them, or by page JavaScript, which the steps do not record).
 */
export type HiddenCookie = { name: string; why: "httponly" | "deleted" | "unknown" } | { name: string; why: "path"; path: string };

export interface StepLike {
  /** The URL the request went to: the default Path of the cookies its response set. */
  url: string;
  /** When the response arrived (ms), to date Max-Age and Expires. */
  at: number;
  exchange: { request: { cookieHeader: string | null }; response: { setCookie: string[] } } | null;
}

interface Held {
  name: string;
  path: string;
  httpOnly: boolean;
  expires: number | null;
}

/** The path the browser files a cookie under: its Path attribute, or the default-path of the response's URL (RFC 6265bis §5.6.4). */
function cookiePath(parts: ReturnType<typeof splitSetCookie>, responseUrl: string): string {
  const path = parts.attributes.findLast((a) => a.name.toLowerCase() === "path")?.value;
  return path?.startsWith("/") ? path : defaultPath(new URL(responseUrl).pathname);
}

/**
 * What the steps' Set-Cookie lines leave in the jar, oldest first: one cookie per name and path,
 * a later line replacing it, a deletion removing it (RFC 6265bis §5.7 step 22-23). Lines the
 * browser refused (`stored` says so) change nothing.
 */
function heldAfter<S extends StepLike>(oldestFirst: S[], stored: (line: string, step: S) => boolean): Held[] {
  let held: Held[] = [];
  for (const step of oldestFirst) {
    for (const line of step.exchange?.response.setCookie ?? []) {
      const parts = splitSetCookie(line);
      if (!stored(line, step)) continue;
      const path = cookiePath(parts, step.url);
      held = held.filter((c) => !(c.name === parts.name && c.path === path));
      if (!isDeletion(parts, step.at)) held.push({ name: parts.name, path, httpOnly: hasFlag(parts, "HttpOnly"), expires: expiresAt(parts, step.at) });
    }
  }
  return held;
}

/**
 * The cookies the browser has, or just sent, that `document.cookie` on the page does not show,
 * each with the reason the steps prove. `steps` are newest first: the first is the step shown,
 * `documentCookie` what JavaScript read right after it, `pageUrl` the page that read it.
 * HttpOnly is claimed only when a Set-Cookie line really said it: a cookie page JavaScript wrote
 * (a replayed copy, an edited cart) never gets that reason.
 */
export function hiddenFromJavaScript<S extends StepLike>(
  steps: S[],
  documentCookie: string,
  pageUrl: string,
  stored: (line: string, step: S) => boolean = () => true,
): HiddenCookie[] {
  const shown = steps[0];
  if (!shown) return [];
  const pagePath = new URL(pageUrl).pathname;
  const visible = new Set(parseCookieHeader(documentCookie).map((c) => c.name));
  const held = heldAfter([...steps].reverse(), stored).filter((c) => c.expires === null || c.expires > shown.at);
  const sent = new Set(parseCookieHeader(shown.exchange?.request.cookieHeader ?? null).map((c) => c.name));
  const deletedNow = new Set(
    (shown.exchange?.response.setCookie ?? [])
      .map(splitSetCookie)
      .filter((p) => isDeletion(p, shown.at))
      .map((p) => p.name),
  );

  const hidden: HiddenCookie[] = [];
  for (const name of new Set([...held.map((c) => c.name), ...sent])) {
    if (visible.has(name)) continue;
    const mine = held.filter((c) => c.name === name);
    const outside = mine.find((c) => !pathMatch(pagePath, c.path));
    if (mine.some((c) => c.httpOnly)) hidden.push({ name, why: "httponly" });
    else if (outside) hidden.push({ name, why: "path", path: outside.path });
    else if (sent.has(name)) hidden.push({ name, why: deletedNow.has(name) ? "deleted" : "unknown" });
    // Otherwise the browser did not keep a cookie JavaScript should see: the refused notice says so.
  }
  return hidden;
}
