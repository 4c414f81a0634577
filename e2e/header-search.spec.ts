import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

// Issue 19: search from every page's header, by keyboard, at a phone's width and a desktop's.
const WIDTHS = [375, 1280] as const;
const NAME = "Search the lab";

const headerBox = (page: Page) => page.getByRole("banner").getByRole("searchbox", { name: NAME });
const pageBox = (page: Page) => page.getByRole("main").getByRole("searchbox", { name: "Search the lessons, demos and glossary" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" });
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/** Moves the keyboard to the header's box as a person would: Tab from the last link of the row, or into the opened menu. */
async function tabToHeaderBox(page: Page, width: number) {
  const header = page.getByRole("banner");
  if (width < 1024) {
    await header.locator("summary", { hasText: "Menu" }).focus();
    await page.keyboard.press("Enter"); // opens the menu; the box comes first in it
  } else {
    await header.getByRole("link", { name: "Instructors" }).focus();
  }
  await page.keyboard.press("Tab");
  await expect(headerBox(page)).toBeFocused();
}

/** The header's box as the visitor sees it: at 375 px inside the menu, opened. */
async function showHeaderBox(page: Page, width: number) {
  if (width < 1024) await page.getByRole("banner").locator("summary", { hasText: "Menu" }).click();
  await expect(headerBox(page)).toBeVisible();
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => page.setViewportSize({ width, height: 800 }));

    test("should send a term typed in the header's box to /search with Enter, and show a lesson and a glossary term for it", async ({ page }) => {
      await gotoHydrated(page, "/learn");
      await tabToHeaderBox(page, width);
      await page.keyboard.type("SameSite");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/search\?q=SameSite$/);
      await expect(page.getByTestId("search-status")).toHaveText(/results? for “SameSite”/);
      await expect(results(page).getByRole("link", { name: "SameSite", exact: true }).first()).toHaveAttribute("href", "/glossary#samesite");
      const hrefs = await results(page)
        .getByRole("link")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toContain("/glossary#samesite");
      expect(hrefs).toContain("/learn/cookie-attributes#samesite");
      // The page's own box and the header's hold the same query.
      await expect(pageBox(page)).toHaveValue("SameSite");
      await showHeaderBox(page, width);
      await expect(headerBox(page)).toHaveValue("SameSite");
    });

    test("should keep the header's box and the page's box on one query on /search, without reloading the page", async ({ page }) => {
      await gotoHydrated(page, "/search?q=cookie");
      await expect(pageBox(page)).toHaveValue("cookie");
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await showHeaderBox(page, width);
      await expect(headerBox(page)).toHaveValue("cookie");
      await headerBox(page).fill("fixation");
      await headerBox(page).press("Enter");
      await expect(pageBox(page)).toHaveValue("fixation");
      await expect(page).toHaveURL(/\/search\?q=fixation$/);
      await expect(results(page).getByRole("link", { name: "Session fixation" }).first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      // And the other way: what is typed in the page's box shows in the header's.
      await pageBox(page).fill("jwt");
      await expect(page.getByTestId("search-status")).toHaveText(/results? for “jwt”/);
      await showHeaderBox(page, width);
      await expect(headerBox(page)).toHaveValue("jwt");
    });

    test("should focus the header's box on “/”, but let “/” be typed in a field", async ({ page }) => {
      await gotoHydrated(page, "/tools/explain");
      const field = page.getByRole("main").getByRole("textbox").first();
      await field.click();
      await page.keyboard.type("/x");
      await expect(field).toHaveValue(/\/x/);
      await expect(field).toBeFocused(); // the keys stayed in the field
      await page.getByRole("heading", { level: 1 }).click(); // out of the field
      await page.keyboard.press("/");
      await expect(headerBox(page)).toBeFocused(); // at 375 px, the menu opened for it
      await expect(headerBox(page)).toHaveValue("");
    });

    test("should fit the header with its search box, and pass axe in light and dark", async ({ page }) => {
      await gotoHydrated(page, "/learn");
      const header = page.getByRole("banner");
      await showHeaderBox(page, width);
      await headerBox(page).fill("session");
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
      const headerHeight = (await header.boundingBox())!.height;
      expect(headerHeight).toBeLessThan(80); // one row, as before the box
      if (width >= 1024) {
        // The main navigation stays on one line, with the box beside it in the same row.
        const links = await page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link")
          .evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
        expect(links).toHaveLength(5);
        expect(new Set(links).size).toBe(1);
        const box = (await headerBox(page).boundingBox())!;
        expect(box.y + box.height).toBeLessThan(headerHeight);
      } else {
        // In the menu, inside the screen.
        const box = (await headerBox(page).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    });
  });
}

test("should search from the header without scripts: the form goes to /search?q=", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto("/demos");
  await headerBox(page).fill("jwt");
  await headerBox(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=jwt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await context.close();
});

test("should keep the header on one row between 1024 and 1280 px in French, the box widening over the links while it has the focus", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "lang", value: "fr", url: baseURL! }]);
  await page.setViewportSize({ width: 1100, height: 800 });
  await gotoHydrated(page, "/learn");
  const header = page.getByRole("banner");
  const box = header.getByRole("searchbox", { name: "Rechercher dans le labo" });
  expect((await header.boundingBox())!.height).toBeLessThan(80);
  const narrow = (await box.boundingBox())!.width;
  expect(narrow).toBeLessThan(48); // the magnifier alone
  await page.keyboard.press("/");
  await expect(box).toBeFocused();
  await expect.poll(async () => (await box.boundingBox())!.width).toBeGreaterThan(200);
  expect((await header.boundingBox())!.height).toBeLessThan(80);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(1100);
});
