/** The four ways to keep state the lab compares, in the order it shows them. */
export const MECHANISMS = ["cookie", "sealed", "jwt", "server"] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** The three whose state the server vouches for: /api/session, /api/sealed, /api/jwt and the login flow. */
export const STATEFUL_MECHANISMS = ["server", "sealed", "jwt"] as const;
export type StatefulMechanism = (typeof STATEFUL_MECHANISMS)[number];

export interface MechanismFacts {
  id: Mechanism;
  name: string;
  dataLives: string;
  browserHolds: string;
  revocable: string;
  size: string;
}

/** The four ways to keep state, compared on the home page (DESIGN.md, "the mechanisms"). */
export const mechanisms: MechanismFacts[] = [
  {
    id: "cookie",
    name: "Raw cookie",
    dataLives: "In the browser",
    browserHolds: "The data itself, readable and editable by the user",
    revocable: "No: the server cannot take it back",
    size: "About 4 KB per cookie (name + value ≤ 4096 bytes)",
  },
  {
    id: "sealed",
    name: "Sealed cookie (iron-session)",
    dataLives: "In the browser, encrypted and authenticated",
    browserHolds: "An opaque seal it cannot read or change",
    revocable: "No: only expiry, or dropping the secret that sealed it, ends it",
    size: "About 4 KB, and sealing makes it larger",
  },
  {
    id: "jwt",
    name: "Signed token (JWT)",
    dataLives: "In the browser, signed but not encrypted",
    browserHolds: "A token anyone can decode with base64",
    revocable: "No, unless the server keeps a deny-list",
    size: "About 4 KB in a cookie",
  },
  {
    id: "server",
    name: "Server-side session",
    dataLives: "On the server (SQLite, memory or Redis)",
    browserHolds: "Only a random session ID",
    revocable: "Yes, at once: delete the record",
    size: "As much as the store allows",
  },
];
