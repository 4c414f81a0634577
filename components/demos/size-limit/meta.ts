import type { DemoMeta } from "../types";

export const sizeLimitMeta: DemoMeta = {
  id: "size-limit",
  title: "Size limits: a 4 KB cookie against a megabyte session",
  summary: "Grow a cookie past 4,096 bytes and watch the browser drop it, while a server-side session holds a megabyte behind a 43-character ID.",
  mechanisms: ["cookie", "server"],
  howToTest:
    "Press 4,096 bytes, then 4,097 bytes: the second is refused (NameValuePairExceedsMaxSize) and the next Cookie header lacks it. Then store 1,000,000 bytes in the session and read it: the Cookie header stays one short line.",
  howItWorks: [
    "Browsers keep a cookie only if its name and value together fit in 4,096 bytes (RFC 6265bis §5.6; Chromium enforces it). A longer line is not an error anyone sees: the browser silently ignores it, so the next request simply does not carry it. The explainer names the reason the way Chromium's DevTools do.",
    "The lab's server sets the oversize line anyway (only what would break the header is refused), so you can watch the browser refuse it; the sealed-cookie and JWT routes refuse with 413 cookie_too_large instead of sending a cookie that would be dropped.",
    "A server-side session keeps its data in the store and sends only a random ID, so its size does not depend on the cookie at all. This lab allows 1 MiB (1,048,576 bytes) per session, counted as the JSON of all the session's data; POST /api/session/grow asks the server to generate the filler, since request bodies stop at 16 KiB. Asking for the whole 1 MiB as filler leaves no room for the JSON around it, so the server answers 413 session_too_large and keeps the old data.",
    "The limit protects the store, not the wire: a real app keeps sessions much smaller, because every byte sits in memory or on disk for every visitor.",
  ],
  lesson: "cookie-attributes",
  code: ["lib/api/cookies.ts", "app/api/session/grow/route.ts", "lib/api/session-grow.ts", "lib/session/limits.ts"],
};
