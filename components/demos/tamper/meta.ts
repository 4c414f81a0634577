import type { DemoMeta } from "../types";

export const tamperMeta: DemoMeta = {
  id: "tamper",
  title: "Tamper lab: edit your cookie, ask who you are",
  summary: "The same claim, role=user, kept four ways: edit each cookie in the page and see which ones the server still believes.",
  mechanisms: ["cookie", "sealed", "jwt", "server"],
  howToTest:
    'Issue the four cookies, press every "Make me admin" and "Change one character" button, then ask the server who you are: only the raw cookie makes you admin; the JWT is refused, yet its payload stays readable.',
  howItWorks: [
    "Issue (POST /api/tamper) writes the claim user=ada, role=user four ways with the same code the real mechanisms use: a plain cookie, an iron-session seal, an HS256 JWT, and a server session whose random ID is the only thing the cookie holds. The four lab cookies leave out HttpOnly on purpose, so this page can edit them; the real ones keep it.",
    "Ask (GET /api/tamper) first writes your edited values with document.cookie, which is exactly what anyone can do to their own browser, then the server checks each cookie with its real reader and says what it believes, and why.",
    "A raw cookie proves nothing: the server believes it. A seal is encrypted and authenticated: one changed character makes it unreadable, so it is refused. This JWT is signed, the usual kind, so a changed payload fails the signature check, but it is not encrypted (that would be a JWE): anyone can read what it says. A session ID is only a pointer: change it and the store has no such session.",
    'A genuine signature is not enough either: the lab accepts only what a login issued. A JWT needs aud "login", a seal the purpose "login" sealed inside, a server session the identity under the key login, which no data write may set. Paste in the cookie that POST /api/jwt, /api/sealed or /api/session set for {"user": "ada", "role": "admin"} and the lab refuses it: those routes store whatever a visitor sends, so what they issue proves nothing about who you are.',
    "Signing and sealing stop forgery, not theft: a copied, unedited cookie still works. See the login demo for that, and keep secrets out of JWT payloads (OWASP JSON Web Token Cheat Sheet).",
  ],
  lesson: "security",
  code: [
    "app/api/tamper/route.ts",
    "lib/api/tamper/lab.ts",
    "lib/api/tamper/verdicts.ts",
    "lib/session/sealed.ts",
    "lib/session/jwt.ts",
    "lib/session/purpose.ts",
  ],
};
