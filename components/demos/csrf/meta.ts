import type { DemoMeta } from "../types";

export const csrfMeta: DemoMeta = {
  id: "csrf",
  title: "CSRF: another site's page changes your account",
  summary: "An attacker's page on another origin posts a form to the lab: watch whether your cookie rides along, and which defence stops it.",
  mechanisms: ["sealed"],
  howToTest:
    "Pick SameSite=None and no defence, start the account, open the attacker's page and press its button: your email becomes the attacker's. Then try the Origin check, a CSRF token, and SameSite=Lax.",
  howItWorks: [
    "Start account sends POST /api/csrf: the answer seals a small account (an email, the cookie's SameSite, the defence, a random CSRF token) into an HttpOnly cookie, lab_csrf (__Host-lab_csrf on a secure origin). The server keeps nothing, so your choices affect only your own demo account.",
    "The attacker's page is GET /api/csrf/attacker, served by this same lab under another origin: 127.0.0.1 when you use localhost and the other way round (two sites to the browser, which compares host names), or CSRF_ATTACKER_ORIGIN on a deployed lab. Its form posts email=attacker@evil.example to /api/csrf/email, as any page on the web may.",
    "The browser decides whether your cookie goes along: SameSite=None, yes; Lax and Strict, no, on a cross-site POST. Without a SameSite attribute Chromium treats the cookie as Lax but still sends it on a top-level POST in its first two minutes; Firefox and Safari send it always.",
    "/api/csrf/email then applies the defence your cookie names, in place of the Origin check every other route of the lab applies: none; the Origin check (lib/http/same-origin.ts: another origin's Origin, or Sec-Fetch-Site cross-site or same-site, is refused with 403); or the synchronizer token, which this page reads from GET /api/csrf and sends back, and another site's page cannot read.",
    "A form post is a navigation, so its answer is a page: the lab answers 303 back to this demo with the verdict and its exchange in the URL fragment (cookie values masked, since URLs land in history), and the second inspector shows it.",
  ],
  lesson: "security",
  code: ["app/api/csrf/email/route.ts", "lib/api/csrf.ts", "lib/api/csrf-routes.ts", "lib/api/csrf-attacker.ts", "lib/http/same-origin.ts"],
};
