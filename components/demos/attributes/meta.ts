import type { DemoMeta } from "../types";

export const attributesMeta: DemoMeta = {
  id: "attributes",
  title: "Cookie attributes playground",
  summary:
    "Toggle Expires, Max-Age, Path, Domain, Secure, HttpOnly, SameSite, Partitioned and the name prefixes, and see what the browser really does with each line.",
  mechanisms: ["cookie"],
  howToTest:
    "Set the default cookie, then tick HttpOnly, change the value and set again; pick Path /api/echo/inside; pick SameSite=None without Secure; pick the __Http- prefix with Secure but without HttpOnly. After each set, the table compares the explainer's prediction with what Chromium did.",
  howItWorks: [
    "Set sends POST /api/cookies with your choices; the answer carries exactly one Set-Cookie line, shown in the inspector with the explainer's verdict for every attribute.",
    "Right after, the page looks where the cookie could show up: document.cookie, and the Cookie header of GET /api/echo/inside and GET /api/echo/outside, a route that only echoes what reached it. It recognises the cookie by its name and value, so change the value between tries.",
    "The table puts that next to the explainer's prediction for the same line. HttpOnly hides the cookie from document.cookie but not from the server; Path=/api/echo/inside sends it to that path and below only; SameSite=None without Secure, a __Host- name with a Domain, or an __Http- or __Host-Http- name without HttpOnly, makes Chromium refuse the line, and the cookie is simply absent.",
    "The name prefixes are promises the browser checks: __Secure- needs Secure; __Host- needs Secure, Path=/ and no Domain; __Http- needs Secure and HttpOnly, and __Host-Http- all of these. HttpOnly cannot come from a script, so no script (an XSS payload, say) can plant or overwrite an __Http- or __Host-Http- cookie; Chrome 140+ and Firefox 142+ enforce these two (as of December 2026). Clear cookie sends the same prefix's attributes, or the browser would refuse the deletion too.",
    "A cookie without Path takes the folder of the URL that set it (/api for /api/cookies, RFC 6265bis §5.1.4), so this page, under /demos, cannot see it in document.cookie.",
  ],
  lesson: "cookie-attributes",
  code: ["app/api/cookies/route.ts", "lib/api/cookies.ts", "lib/api/echo.ts", "lib/cookie/explain.ts", "lib/inspector/attribute-check.ts"],
  embed: { initialValues: true },
};
