import type { DemoMeta } from "../types";

export const sessionBasicsMeta: DemoMeta = {
  id: "session-basics",
  title: "Session basics: save, read and destroy a server-side session",
  summary: "Keep username=ada on the server, watch the browser carry only a random ID, and destroy the session so the ID is worth nothing.",
  mechanisms: ["server"],
  howToTest:
    "Press Read first (no session, nothing created), then Save username=ada and Read again: the Cookie header carries only an ID, document.cookie does not show it, and the Server column shows the record. Destroy, then Read: nothing is found.",
  howItWorks: [
    'Save sends POST /api/session with {"username": "ada"}. With no session yet, the server makes a 256-bit random ID, stores the data under it, and sends the ID in a Set-Cookie line: HttpOnly, Secure, SameSite=Lax, Path=/, with the __Host- prefix where the origin is secure.',
    "Read sends GET /api/session. The browser adds the cookie by itself; the server looks the ID up in its store. Without a cookie it creates nothing: a visitor who only reads costs the store nothing, and an ID the server did not issue is never adopted (strict mode, the defence against session fixation).",
    'Each read counts as activity: the idle expiry moves 30 minutes ahead and the cookie is sent again with a matching Max-Age. However active, the session ends 8 hours after it was created (OWASP Session Management Cheat Sheet, "Session Expiration").',
    "Destroy sends DELETE /api/session: the record is deleted from the store at once and the cookie cleared. Unlike a cookie or a token, a copy of the old ID now opens nothing: that is what revocable means.",
  ],
  lesson: "sessions",
  code: ["app/api/session/route.ts", "lib/api/mechanisms/server.ts", "lib/session/manager.ts"],
  embed: { initialValues: true },
};
