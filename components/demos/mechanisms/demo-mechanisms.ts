import type { Mechanism } from "@/lib/mechanisms";

/** The same data for every mechanism, so the comparison is like for like. */
export const SAMPLE = { theme: "dark", cart: 2 } as const;

/** The raw cookie carries the data form-encoded: JSON's quotes and commas are not allowed in a cookie value. */
export const RAW_COOKIE = { name: "prefs", value: "theme=dark&cart=2" } as const;

/** How the mechanisms demo calls one mechanism, and what it tells the learner about it (the site-wide facts are lib/mechanisms.ts). */
export interface DemoMechanism {
  id: Mechanism;
  title: string;
  /** Reads the data back (GET). */
  read: string;
  /** Writes the data (POST). */
  store: { path: string; body: unknown };
  /** What the server can do to end it (DELETE). */
  clear: string;
  readableBy: string;
  changeableBy: string;
  revocable: string;
}

export const DEMO_MECHANISMS: DemoMechanism[] = [
  {
    id: "cookie",
    title: "Raw cookie",
    read: "/api/cookies",
    store: { path: "/api/cookies", body: { ...RAW_COOKIE, path: "/", maxAge: 3600, sameSite: "Lax" } },
    clear: `/api/cookies?name=${RAW_COOKIE.name}&path=/`,
    readableBy: "Anyone who holds it: it is the data, in plain text.",
    changeableBy: "Its holder: the user, an extension, or a script on the page. The server cannot tell.",
    revocable: "No: the server can only ask this browser to delete it.",
  },
  {
    id: "sealed",
    title: "Sealed cookie",
    read: "/api/sealed",
    store: { path: "/api/sealed", body: SAMPLE },
    clear: "/api/sealed",
    readableBy: "Only the server: it is encrypted with the server's secret.",
    changeableBy: "Only the server: any edit breaks the seal's authentication tag.",
    revocable: "No: a copy opens until it expires, or until the server drops the secret that sealed it (which ends every seal that secret made).",
  },
  {
    id: "jwt",
    title: "JWT",
    read: "/api/jwt",
    store: { path: "/api/jwt", body: SAMPLE },
    clear: "/api/jwt",
    readableBy: "Anyone who holds it: the payload is only base64url, signed but not encrypted.",
    changeableBy: "Only the server: a changed payload fails the signature check.",
    revocable: "No: a copy passes until its exp, unless the server keeps a deny-list.",
  },
  {
    id: "server",
    title: "Server session",
    read: "/api/session",
    store: { path: "/api/session", body: SAMPLE },
    clear: "/api/session",
    readableBy: "Only the server: the browser holds a random ID, not the data.",
    changeableBy: "Only the server: editing the ID just points at no session.",
    revocable: "Yes, at once: delete the record and every copy of the ID is worthless.",
  },
];
