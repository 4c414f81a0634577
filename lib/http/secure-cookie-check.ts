/**
 * Whether the lab's cookies may carry `Secure` (and so the `__Host-` prefix) for this browser.
 * Over HTTPS, yes; over plain http, no. Plain http on a loopback host (http://localhost) is where
 * browsers disagree: Chrome and Firefox count it as secure and keep Secure cookies from it, Safari
 * (WebKit, bug 281149) drops them, so a `__Host-sid` set there never comes back and every request
 * would start a new session. The site's pages find out in the browser (checkSecureCookies below)
 * and, where Secure cookies are dropped, set this plain cookie; the lab then names its cookies
 * without `__Host-` and `Secure` for that browser. It is honoured on plain-http loopback only
 * (secure-cookies.ts). It lives here, in a module every page runs and which imports nothing:
 * secure-cookies.ts reads the Cookie header with lib/cookie, and would bring its public-suffix list
 * (tldts, 46 KiB gzipped) into every page.
 */
export const PLAIN_COOKIES_FLAG = "lab-plain-cookies";

/** The part of `document` and `location` the check uses, so a test can stand in for a browser. */
export interface CookiePage {
  document: { cookie: string };
  location: { protocol: string; hostname: string };
}

const PROBE = "__Secure-lab-probe";
const LOOPBACK = /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

const has = (page: CookiePage, name: string, value: string) => page.document.cookie.split("; ").includes(`${name}=${value}`);

/**
 * Runs in the page on plain http://localhost, the one origin browsers disagree on (secure-cookies.ts):
 * sets a Secure cookie from script and reads it back at once. A browser that keeps it (Chrome,
 * Firefox) gets it deleted again and nothing else; one that drops it (Safari) gets the plain
 * `lab-plain-cookies` cookie for a day, which tells the lab to name its cookies without Secure.
 * Returns what it found ("not-applicable" anywhere else).
 */
export function checkSecureCookies(page: CookiePage): "keeps" | "drops" | "not-applicable" {
  if (page.location.protocol !== "http:" || !LOOPBACK.test(page.location.hostname)) return "not-applicable";
  if (has(page, PLAIN_COOKIES_FLAG, "1")) return "drops";
  page.document.cookie = `${PROBE}=1; Path=/; Max-Age=10; Secure; SameSite=Lax`;
  if (has(page, PROBE, "1")) {
    page.document.cookie = `${PROBE}=; Path=/; Max-Age=0; Secure; SameSite=Lax`;
    return "keeps";
  }
  page.document.cookie = `${PLAIN_COOKIES_FLAG}=1; Path=/; Max-Age=86400; SameSite=Lax`;
  return "drops";
}
