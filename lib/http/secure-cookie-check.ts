import { PLAIN_COOKIES_FLAG } from "./secure-cookies";

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
