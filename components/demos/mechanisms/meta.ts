import type { DemoMeta } from "../types";

export const mechanismsMeta: DemoMeta = {
  id: "mechanisms",
  title: "Four mechanisms side by side",
  summary:
    "The same data kept as a raw cookie, a sealed cookie, a JWT and a server session: what each side holds, who can read or change it, and who can revoke it.",
  mechanisms: ["cookie", "sealed", "jwt", "server"],
  howToTest:
    "Press Store it four ways and compare the sizes and what the server holds; then press Try to revoke on each card: only the server session's copy is refused.",
  howItWorks: [
    'Store sends four requests with the data {theme: "dark", cart: 2}: POST /api/cookies (as the raw cookie prefs=theme=dark&cart=2), POST /api/sealed, POST /api/jwt and POST /api/session. Each card reads its sizes from that response\'s own Set-Cookie line.',
    "The three browser-side mechanisms put the whole data in the cookie, so their size grows with the data and travels on every request; the server session sends only a 43-character ID, and the data stays in the store.",
    "Try to revoke first keeps a copy of the cookie, as another device or an attacker would, then asks the server to end it (DELETE), then puts the copy back with document.cookie and reads again. The server session deletes its record, so the copy points at nothing. The others keep nothing on the server, so all the server can do is ask this browser to forget: the copy still works until it expires.",
    'Pick a mechanism under "Show in the inspector" to see only its requests.',
  ],
  lesson: "comparison",
  code: ["app/api/cookies/route.ts", "app/api/sealed/route.ts", "app/api/jwt/route.ts", "app/api/session/route.ts", "lib/api/mechanisms/index.ts"],
  embed: { mechanisms: ["cookie", "sealed", "jwt", "server"] },
};
