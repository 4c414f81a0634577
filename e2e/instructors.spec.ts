import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

test.describe("instructors page", () => {
  test("should be in the main navigation", async ({ page }) => {
    await gotoHydrated(page, "/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructors" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("For instructors: embed a demo");
  });

  test("should change the snippet, the link and the live preview with the options", async ({ page, baseURL }) => {
    await gotoHydrated(page, "/instructors");
    const snippet = page.getByTestId("iframe-snippet");
    await expect(snippet).toHaveValue(
      new RegExp(`^<iframe src="${baseURL}/embed/cookie-basics" title="Cookie &amp; Session Lab: [^"]+" width="800" height="900" loading="lazy"`),
    );
    await page.getByLabel("Demo", { exact: true }).selectOption({ label: "Login, logout and a stolen cookie" });
    await page.getByLabel("Start on the mechanism").selectOption("jwt");
    await page.getByRole("checkbox", { name: "3. JavaScript: document.cookie" }).uncheck();
    await page.getByRole("checkbox", { name: /^Compact/ }).check();
    await page.getByRole("radio", { name: "Dark" }).check();
    const path = "/embed/login?mechanism=jwt&cols=response%2Crequest%2Cserver&compact=1&theme=dark";
    await expect(snippet).toHaveValue(new RegExp(`src="${baseURL}${path.replace(/[?]/g, "\\?").replace(/&/g, "&amp;")}".*height="640"`));
    await expect(snippet).toHaveValue(/<script src="http:\/\/localhost:\d+\/embed-resize\.js" async><\/script>$/);
    await expect(page.getByTestId("embed-link")).toHaveValue(`${baseURL}${path}`);
    const preview = page.getByTestId("embed-preview");
    await expect(preview).toHaveAttribute("src", path);
    const frame = page.frameLocator('[data-testid="embed-preview"]');
    await expect(frame.getByRole("radio", { name: "JWT" })).toBeChecked();
    await expect(frame.locator("html")).toHaveClass("dark");
    await page.getByRole("checkbox", { name: /Add the resize script/ }).uncheck();
    await expect(snippet).not.toHaveValue(/<script/);
  });

  test("should offer the frame's language, and show it in the snippet and the preview", async ({ page, baseURL }) => {
    await gotoHydrated(page, "/instructors");
    await expect(page.getByRole("main")).toContainText("add ?lang=fr to the embed's URL");
    await page.getByRole("group", { name: "Language of the frame" }).getByRole("radio", { name: "Français" }).check();
    await expect(page.getByTestId("embed-link")).toHaveValue(`${baseURL}/embed/cookie-basics?lang=fr`);
    await expect(page.getByTestId("iframe-snippet")).toHaveValue(new RegExp(`src="${baseURL}/embed/cookie-basics\\?lang=fr"`));
    const frame = page.frameLocator('[data-testid="embed-preview"]');
    await expect(frame.locator("html")).toHaveAttribute("lang", "fr");
    await expect(frame.getByRole("link", { name: /^Ouvrir dans Cookie & Session Lab/ })).toBeVisible();
    await page.getByRole("radio", { name: /^The visitor's/ }).check();
    await expect(page.getByTestId("embed-link")).toHaveValue(`${baseURL}/embed/cookie-basics`);
  });

  test("should offer initial values only for demos that take them", async ({ page }) => {
    await gotoHydrated(page, "/instructors");
    await page.getByLabel("Initial name").fill("lang");
    await expect(page.getByTestId("embed-link")).toHaveValue(/\/embed\/cookie-basics\?name=lang$/);
    await page.getByLabel("Demo", { exact: true }).selectOption("tabs");
    await expect(page.getByLabel("Initial name")).toHaveCount(0);
    await expect(page.getByTestId("embed-link")).toHaveValue(/\/embed\/tabs$/);
  });

  test("should copy the iframe and the link, and say so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await gotoHydrated(page, "/instructors");
    await page.getByRole("button", { name: "Copy the iframe" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied." })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("iframe-snippet").inputValue());
    await page.getByRole("button", { name: "Copy the link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("embed-link").inputValue());
  });

  test("should fit the preview to its content with the resize script", async ({ page }) => {
    await gotoHydrated(page, "/instructors");
    const preview = page.getByTestId("embed-preview");
    await expect.poll(() => preview.evaluate((el: HTMLIFrameElement) => el.style.height)).toMatch(/^\d+px$/);
  });

  test("should be usable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/instructors");
    await page.getByLabel("Demo", { exact: true }).focus();
    await page.keyboard.press("ArrowDown"); // the next demo in the list
    await expect(page.getByTestId("embed-link")).toHaveValue(/\/embed\/preferences$/);
    await page.getByRole("radio", { name: "Light" }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("embed-link")).toHaveValue(/\/embed\/preferences\?theme=light$/);
    await page.getByRole("button", { name: "Copy the link" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: /Copied|did not allow/ })).toHaveCount(1);
  });

  test("should have no axe violations, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/instructors");
    await page.getByLabel("Demo", { exact: true }).selectOption("login");
    await expect(page.getByLabel("Start on the mechanism")).toBeVisible();
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
