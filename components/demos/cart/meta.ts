import type { DemoMeta } from "../types";

export const cartMeta: DemoMeta = {
  id: "cart",
  title: "One cart, two places: a raw cookie against a server session",
  summary:
    "Fill the same shopping cart in a cookie and in a server-side session with one click, and compare what each costs on every request and what the user can do to it.",
  mechanisms: ["cookie", "server"],
  howToTest:
    "Add items: a tiny raw cart is smaller than the session ID, but it grows with every add while the session cookie stays one ID, and the table shows where the two cross. Then edit the cart cookie (the server believes it), and try to overwrite the session cookie (the browser refuses).",
  howItWorks: [
    "Each add sends two requests at once: POST /api/cookies rewrites the cart cookie with one more item, and POST /api/session/cart sends only the item, which the server appends to the cart it keeps under your session ID in one atomic step. Neither sends a cart the page remembers, so reloading the page or adding from a second tab never loses an item.",
    "HTTP is stateless, so the browser attaches every cookie for this site to every request, whether it needs it or not: the raw cart rides along even on the request to /api/session. Its bytes grow with the cart, up to the 4,096-byte limit of one cookie; the session cookie is the same 43-character ID however full the cart is.",
    'A tiny cart in a cookie is smaller than a session ID; after a handful of items it costs more on every request. The byte counts here are the header as written, uncompressed: all of it travels each time over HTTP/1.1, while HTTP/2 and HTTP/3 compress a cookie that repeats unchanged, which a cart cookie is not, since every add rewrites it. Measure, rather than believe that cookies are "faster".',
    "The raw cookie is plain text in the user's hands: they can rewrite it in DevTools or from the page's JavaScript, and the server cannot tell. The session's data never leaves the server; the user can only swap the ID, and this server never adopts an ID it did not issue.",
  ],
  lesson: "why-state",
  code: ["lib/api/cookies.ts", "app/api/session/route.ts", "lib/api/session-cart.ts", "components/demos/cart/cart-demo.tsx"],
};
