import type { DemoMeta } from "../types";

export const cookieBasicsMeta: DemoMeta = {
  id: "cookie-basics",
  title: "Cookie basics: set, read and clear a preference",
  summary: "Store a preference in a cookie, watch the browser send it back on every request, and clear it.",
  mechanisms: ["cookie"],
  howToTest:
    "Set demo_theme=dark (the site's own theme cookie is called theme, so this one changes nothing but the demo), then set a second cookie with HttpOnly ticked, then press Read: both travel in the Cookie header, but JavaScript sees only the first.",
  howItWorks: [
    "Set sends POST /api/cookies. The route handler answers with one Set-Cookie header line built from your choices; the browser stores the cookie in its jar for this site.",
    "From then on the browser adds a Cookie header to every request to this site whose path matches, without any code of ours: Read (GET /api/cookies) just echoes what arrived.",
    "Clear sends DELETE /api/cookies?name=…: the answer sets the same cookie again with an empty value and Max-Age=0, which tells the browser to delete it. Path must match the original, or the browser treats it as another cookie.",
    "The server keeps nothing: all the state is in the browser, readable and editable by its user, so never trust a raw cookie for anything that matters.",
  ],
  lesson: "cookies",
  code: ["app/api/cookies/route.ts", "lib/api/cookies.ts", "lib/cookie/build.ts"],
  embed: { initialValues: true },
};
