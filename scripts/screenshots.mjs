// Takes Chromium screenshots of the main pages, narrow and wide, light and dark, for a person to look at.
// Usage: node scripts/screenshots.mjs [baseURL] [outDir]   (a server must be running)
import { chromium } from "@playwright/test";
import chromiumArgs from "./chromium-args.json" with { type: "json" };

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "/tmp/shots";
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: chromiumArgs,
});
const pages = (process.env.PAGES ?? "/,/learn,/demos,/demos/cookie-basics,/glossary,/cheat-sheet,/search?q=samesite").split(",");
for (const scheme of ["light", "dark"]) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path);
      if (path.startsWith("/demos/")) {
        const set = page.getByRole("button", { name: "Set cookie" });
        if (await set.count()) {
          await set.click();
          await page.getByLabel("HttpOnly").check();
          await page.getByLabel("Cookie name").fill("secret_pref");
          await set.click();
          await page.getByRole("button", { name: "Read cookies" }).click();
          await page.waitForTimeout(300);
        }
      }
      const name = `${path === "/" ? "home" : path.slice(1).replace(/[/?=]/g, "-")}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
