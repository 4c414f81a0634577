import { parseCookieHeader } from "../exchange/cookie-header";
import { hasFlag, isDeletion, splitSetCookie } from "./set-cookie-attributes";

export interface HiddenCookie {
  name: string;
  why: "httponly" | "httponly-or-path";
}

interface StepLike {
  exchange: { request: { cookieHeader: string | null }; response: { setCookie: string[] } } | null;
}

/**
 * Cookies the browser has but `document.cookie` does not show: those last set with HttpOnly, and
 * those the browser sent on the newest request that JavaScript cannot see (HttpOnly, or a Path
 * that does not cover this page). `steps` are newest first.
 */
export function hiddenFromJavaScript(steps: StepLike[], documentCookie: string): HiddenCookie[] {
  const visible = new Set(parseCookieHeader(documentCookie).map((c) => c.name));
  const lastSet = new Map<string, boolean>();
  for (const step of [...steps].reverse()) {
    for (const line of step.exchange?.response.setCookie ?? []) {
      const parts = splitSetCookie(line);
      if (isDeletion(parts)) lastSet.delete(parts.name);
      else lastSet.set(parts.name, hasFlag(parts, "HttpOnly"));
    }
  }
  const hidden = new Map<string, HiddenCookie["why"]>();
  for (const [name, httpOnly] of lastSet) if (httpOnly && !visible.has(name)) hidden.set(name, "httponly");
  for (const c of parseCookieHeader(steps[0]?.exchange?.request.cookieHeader ?? null)) {
    if (!visible.has(c.name) && !hidden.has(c.name)) hidden.set(c.name, lastSet.get(c.name) ? "httponly" : "httponly-or-path");
  }
  return [...hidden].map(([name, why]) => ({ name, why }));
}
