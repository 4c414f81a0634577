import type { DemoMeta } from "../types";

export const expiryMeta: DemoMeta = {
  id: "expiry",
  title: "Expiry: session cookies, idle and absolute timeouts, rolling renewal",
  summary:
    "Set a cookie that lasts until the browser closes and one that lasts ten minutes, then watch the server end a session after 20 seconds idle or 60 seconds in all, with rolling renewal on or off.",
  mechanisms: ["cookie", "server"],
  howToTest:
    "Start a session, then press Read every few seconds: with rolling on the idle timer refills but the session still ends at the absolute timeout; with rolling off, wait out the idle countdown and press Read.",
  howItWorks: [
    'A cookie without Expires or Max-Age is a "session cookie": the browser drops it when the browser session ends. A cookie with Max-Age=600 is persistent: it survives a restart of the browser for ten minutes. Neither has anything to do with a server session; the name is an accident of history.',
    'A server session ends on the server. This demo\'s session cookie has no Max-Age on purpose: the browser keeps sending the ID, and it is the server that refuses it once a timeout has passed. The idle timeout counts from the last activity; the absolute timeout counts from the start, however active the visitor is (OWASP Session Management Cheat Sheet, "Session Expiration").',
    "With rolling renewal on, every read counts as activity: the server moves the idle expiry forward and re-sends the cookie. With it off, only writes do, so a visitor who only reads is logged out 20 seconds after the last write.",
    "The countdown is the page's own arithmetic from the times the server sent (corrected by the server's clock). The server does not push anything when a timer runs out: it decides at the next request, which then says which timeout ended the session.",
    "The site's own sessions use 30 minutes idle and 8 hours in all; these timers are short so you can watch them. On the API, ?idle=&absolute= take seconds (2 to 600, and up to 3600), ?rolling=on|off.",
  ],
  lesson: "expiry",
  code: ["app/api/expiry/route.ts", "lib/api/expiry.ts", "lib/session/manager.ts", "lib/api/cookies.ts"],
};
