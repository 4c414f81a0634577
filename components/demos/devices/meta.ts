import type { DemoMeta } from "../types";

export const devicesMeta: DemoMeta = {
  id: "devices",
  title: "Log out everywhere: your active sessions",
  summary: "Log in to one account from two browsers, list where you are logged in, and end one device, every other device, or all of them at once.",
  mechanisms: ["server"],
  howToTest:
    "Create my account and Log in; open this page in a private window, log in there with the same pair, and Reload the list: two devices. End the other one, then reload in the private window: logged out.",
  howItWorks: [
    'Each login starts a server session under a fresh ID and the store indexes it under the account, in the same atomic write as the session (a column with its own index in SQLite, a set per account kept by the same Lua scripts in Redis, a map in memory). GET /api/devices reads that index: this is what "Where you\'re logged in" pages list.',
    "The list never shows a session ID: an ID is a password. Each device gets a short public id, a hash of its session ID, and POST /api/devices/end takes that id. Ending a device deletes its record on the server at once; its browser still holds the cookie, which now points at nothing. Sealed cookies and JWTs cannot do this: nothing on the server lists or ends them.",
    "When this device's session ends, the response clears its cookie and, unless you untick it, sends Clear-Site-Data: \"cookies\", which tells the browser to delete every cookie of the site, subdomains included (W3C Clear Site Data; Chromium 61+, Firefox 63+, Safari 17+, per MDN's compatibility data in December 2026). It does not clear one cookie, so a site with other cookies worth keeping sends a plain expired Set-Cookie instead.",
    "Your account is yours alone: its username is random and its password is an HMAC of the username under the server's secret, so the server stores no account yet only you can log in to it. With the shared ada / lovelace account, every learner would see, and could end, everyone else's sessions.",
  ],
  lesson: "beyond-cookies",
  code: ["app/api/devices/route.ts", "lib/api/devices.ts", "lib/session/device-account.ts", "lib/session/store.ts"],
};
