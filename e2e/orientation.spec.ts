import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

// Issue 19, point 9: where am I, how do I get back, and the theme at hand.
test.describe("orientation", () => {
  test("should mark the current page in the main navigation, and its section on a page inside it", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoHydrated(page, "/tools/explain");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Explainer" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]:visible")).toHaveCount(1);
    await nav.getByRole("link", { name: "Demos" }).click();
    await expect(page).toHaveURL(/\/demos$/);
    await expect(nav.getByRole("link", { name: "Demos" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Explainer" })).not.toHaveAttribute("aria-current");
    await gotoHydrated(page, "/demos/login");
    await expect(nav.getByRole("link", { name: "Demos" })).toHaveAttribute("aria-current", "true");
  });

  test("should keep the header on one line at 375 px, with the links and the theme behind a Menu button", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await gotoHydrated(page, "/learn");
    const header = page.getByRole("banner");
    const box = (await header.boundingBox())!;
    expect(box.height).toBeLessThan(80); // one line: the name and the Menu button (two lines were ~110 px)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // A <details> disclosure: it opens before the scripts run, and closes after a navigation.
    const menu = header.locator("details");
    await expect(menu).not.toHaveAttribute("open");
    await menu.locator("summary", { hasText: "Menu" }).click();
    await expect(menu).toHaveAttribute("open");
    await expect(menu.getByRole("combobox", { name: "Theme" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Learn" })).toHaveAttribute("aria-current", "page");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    await nav.getByRole("link", { name: "Instructors" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("For instructors: embed a demo");
    await expect(menu).not.toHaveAttribute("open"); // closed after the navigation
  });

  test("should switch the theme from the header at once, keep it in the theme cookie, and render the next page in it", async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
    await gotoHydrated(page, "/learn");
    const html = page.locator("html");
    await expect(html).not.toHaveClass(/dark/);
    const saved = page.waitForResponse((r) => r.url().endsWith("/api/preferences") && r.request().method() === "POST");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await expect(html).toHaveClass(/dark/); // at once, before the server answers
    expect((await saved).status()).toBe(200);
    expect((await context.cookies()).find((c) => c.name === "theme")?.value).toBe("dark");
    // The next page's first HTML is already dark: no flash of the light theme.
    const response = await page.request.get("/demos");
    expect(await response.text()).toMatch(/<html[^>]*class="dark"/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Demos" }).click();
    await expect(page).toHaveURL(/\/demos$/);
    await expect(html).toHaveClass(/dark/);
    await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
    await expect(html).not.toHaveClass(/dark/);
  });

  test("should answer an unknown URL with our own 404 page: the way back and every demo", async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto("/no-such-page");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("banner")).toContainText("Cookie & Session Lab");
      await expect(page.getByRole("link", { name: "Login, logout and a stolen cookie" })).toHaveAttribute("href", "/demos/login");
      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    }
    // The keyboard's first stop skips the header, as on every other page of the site.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/no-such-page#main$/);
    const missingDemo = await page.goto("/demos/no-such-demo");
    expect(missingDemo?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Cookie basics: set, read and clear a preference" }).click();
    await expect(page).toHaveURL(/\/demos\/cookie-basics$/);
  });

  test("should say the home page's comparison table scrolls sideways at 375 px, and not at 1280 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await gotoHydrated(page, "/");
    const table = page.getByRole("region", { name: "Comparison table, scrolls sideways" });
    await expect(page.getByTestId("compare-scroll")).toBeVisible();
    await expect(table).toHaveAccessibleDescription("Swipe or scroll the table sideways to see every column.");
    const overflow = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(0); // it scrolls: nothing is cut off for good
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByTestId("compare-scroll")).toBeHidden();
  });
});
