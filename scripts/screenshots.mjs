// Screenshots of every page type, at 375 and 1280 px, light and dark, for a person to look at, and
// the README's image (cookie-basics.png). Usage, with the production server running:
//   node scripts/screenshots.mjs [baseURL] [outDir]   (default http://localhost:3000 .data/screenshots)
// The gallery (48 PNGs, ~14 MB) stays out of git; README's image alone is copied to public/screenshots.
// PAGES=demo,search takes only those. Each shot has a fresh browser context, so no cookie a demo set
// (or a theme preference) carries over to the next page.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { chromium } from "@playwright/test";
import chromiumArgs from "./chromium-args.json" with { type: "json" };

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? ".data/screenshots";
/** Past this size a full-page shot (a long lesson at 375 px) is taken again as the first screenful. */
const MAX_BYTES = 1_500_000;
const README_IMAGE = { shot: "demo-1280-light.png", as: "cookie-basics.png" };

const explainerInput = new URLSearchParams({
  lines: "sid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax\n__Host-pref=dark; Path=/docs\ntheme=light; Max-Age=31536000",
  url: "https://example.com/account",
  browser: "chromium",
});

/** One page of each type, and what it needs before the picture. */
const SHOTS = [
  { name: "home", path: "/" },
  { name: "learn", path: "/learn" },
  { name: "lesson", path: "/learn/cookies" },
  { name: "demos", path: "/demos" },
  {
    name: "demo",
    path: "/demos/cookie-basics",
    async ready(page) {
      // Each answer adds a "<step> · 200" button to the inspector's history.
      const answered = (n) =>
        page
          .getByRole("button", { name: / · 200$/ })
          .nth(n - 1)
          .waitFor();
      const set = page.getByRole("button", { name: "Set cookie" });
      await set.click();
      await answered(1);
      await page.getByLabel("HttpOnly").check();
      await page.getByLabel("Cookie name").fill("secret_pref");
      await set.click();
      await answered(2);
      await page.getByRole("button", { name: "Read cookies" }).click();
      await answered(3);
    },
  },
  { name: "embed", path: "/embed/cookie-basics" },
  {
    name: "explainer",
    path: `/tools/explain#${explainerInput}`,
    ready: (page) => page.getByTestId("predicted-cookie-header").waitFor(),
  },
  { name: "instructors", path: "/instructors" },
  { name: "glossary", path: "/glossary" },
  { name: "cheat-sheet", path: "/cheat-sheet" },
  {
    name: "search",
    path: "/search?q=samesite",
    ready: (page) => page.getByRole("list", { name: "Search results" }).waitFor(),
  },
  // The app's global 404 has no [prefs] layout, so no hydration mark to wait for.
  { name: "not-found", path: "/no-such-page", hydrates: false },
];

const only = process.env.PAGES?.split(",");
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: chromiumArgs,
});
await mkdir(out, { recursive: true });
for (const shot of SHOTS.filter((s) => !only || only.includes(s.name))) {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(base + shot.path);
      if (shot.hydrates !== false) await page.waitForFunction(() => window.__labHydrated === true);
      await shot.ready?.(page);
      await page.waitForLoadState("networkidle");
      const file = `${out}/${shot.name}-${width}-${colorScheme}.png`;
      let png = await page.screenshot({ fullPage: true, animations: "disabled" });
      const full = png.length <= MAX_BYTES;
      if (!full) png = await page.screenshot({ animations: "disabled" });
      await writeFile(file, png);
      console.log(`${file} ${Math.round(png.length / 1024)} KiB${full ? "" : " (first screenful: the whole page was too large)"}`);
      await context.close();
    }
  }
}
if (!only || only.includes("demo")) await copyFile(`${out}/${README_IMAGE.shot}`, `public/screenshots/${README_IMAGE.as}`);
await browser.close();
