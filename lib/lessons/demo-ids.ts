/**
 * The twelve demos of the site, by their fixed ids, each with a title and what it shows. A lesson's
 * `<Demo id="…" />` must use one of these ids; until a demo is registered in
 * components/demos/registry.ts, the lesson shows this title as a static card.
 */
export const plannedDemos = {
  "cookie-basics": { title: "Cookie basics", shows: "Set, read and clear a raw cookie, and see which ones JavaScript can read." },
  "session-basics": { title: "Session basics", shows: "Set, read and destroy a server-side session, and watch only its ID travel." },
  attributes: { title: "Every Set-Cookie attribute", shows: "Toggle each attribute of a Set-Cookie line and see whether the browser keeps the cookie, and why." },
  "size-limit": { title: "The 4096-byte limit", shows: "A cookie past 4096 bytes is dropped without a word, while a session holds far more on the server." },
  cart: { title: "The same cart, two ways", shows: "One cart kept in a raw cookie and in a session: watch the Cookie header grow on every request." },
  tamper: { title: "Tamper with your role", shows: "Edit role=user to admin in a raw cookie, a sealed cookie, a JWT and a session ID, and see which server believes it." },
  login: { title: "Login, theft and logout", shows: "Login gives a new ID; copy the cookie, log out, replay the copy: the revocation gap on each mechanism." },
  mechanisms: { title: "Four mechanisms side by side", shows: "The same data kept as a raw cookie, a sealed cookie, a JWT and a server session, in four columns." },
  expiry: { title: "Expiry and timeouts", shows: "Session versus persistent cookies, idle versus absolute timeouts, and a rolling session." },
  stores: { title: "Session stores and a restart", shows: "Memory, SQLite and Redis keep the same session; restart the server and see which one forgets." },
  tabs: { title: "Two tabs, one session", shows: "Two tabs share the cookie and the server session, while sessionStorage differs per tab." },
  preferences: { title: "Preferences on first render", shows: "Theme and language cookies honoured in the very first HTML, without a flash." },
} as const satisfies Record<string, { title: string; shows: string }>;

export type DemoId = keyof typeof plannedDemos;

export const DEMO_IDS = Object.keys(plannedDemos) as DemoId[];

export function isDemoId(id: string): id is DemoId {
  return Object.hasOwn(plannedDemos, id);
}
