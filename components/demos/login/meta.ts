import type { DemoMeta } from "../types";

export const loginMeta: DemoMeta = {
  id: "login",
  title: "Login, logout and a stolen cookie",
  summary: "Log in on a server session, a sealed cookie or a JWT, then steal the cookie, log out and replay it: only the server session is really over.",
  mechanisms: ["server", "sealed", "jwt"],
  howToTest:
    "With Server session picked, press Browse first, Log in (ada / lovelace) and compare the IDs; then Steal the cookie, Log out, Replay the stolen copy. Pick JWT and do it again: the copy still works.",
  howItWorks: [
    'Log in sends POST /api/login?mechanism=… with the username and password; a wrong password is refused with 401 and nothing is set. On a server session the login moves the data to a fresh random ID and deletes the old one, so an ID planted before login is worthless after it (OWASP Session Management Cheat Sheet, "Renew the Session ID After Any Privilege Level Change").',
    "Steal copies the name and value from the login response's Set-Cookie line, which the inspector shows: anyone who sees that line, on an unencrypted network or in a log, has everything they need. HttpOnly stops page scripts from reading the cookie, not a copy of the response.",
    "Log out sends POST /api/logout. On a server session it deletes the record in the store: the copy now points at nothing. A sealed cookie or a JWT carries the whole login itself and the server kept nothing, so logout can only ask this browser to forget it: the copy stays valid until it expires. That is the revocation gap; closing it takes short lifetimes, a deny-list, or retiring the secret that made it (which ends everyone's).",
    "Replay writes the copy back with document.cookie, as the attacker would in their own browser (a __Host- cookie needs Path=/ and Secure; Chrome and Firefox count http://localhost as secure, Safari does not), then reads GET /api/session, /api/sealed or /api/jwt.",
  ],
  lesson: "login-flow",
  code: ["app/api/login/route.ts", "lib/api/login.ts", "lib/api/mechanisms/server.ts", "lib/session/manager.ts"],
  embed: { mechanisms: ["server", "sealed", "jwt"] },
};
