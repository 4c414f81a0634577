import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

test.describe("cookie basics demo", () => {
  test("should show an HttpOnly and a plain cookie on the wire but only the plain one to JavaScript", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    const inspector = page.getByRole("region", { name: "Inspector" });

    await page.getByLabel("Cookie name").fill("theme");
    await page.getByLabel("Value", { exact: true }).fill("dark");
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(inspector.getByRole("status")).toContainText("Set theme: status 200, 1 Set-Cookie line");
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/Set-Cookie: theme=dark; Max-Age=3600; Path=\/; SameSite=Lax/);
    await expect(inspector.getByTestId("verdict")).toHaveText("Stored. The browser keeps this cookie.");

    await page.getByLabel("Cookie name").fill("secret_pref");
    await page.getByLabel("Value", { exact: true }).fill("s3cr3t");
    await page.getByLabel("HttpOnly").check();
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(inspector.getByRole("status")).toContainText("Set secret_pref: status 200");
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/Set-Cookie: secret_pref=s3cr3t; Max-Age=3600; Path=\/; HttpOnly; SameSite=Lax/);

    // The first step's line is still one click away in the history.
    await inspector.getByRole("button", { name: /^Set theme/ }).click();
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/theme=dark/);

    await page.getByRole("button", { name: "Read cookies" }).click();
    await expect(inspector.getByRole("status")).toContainText("Read cookies: status 200, 0 Set-Cookie lines");
    await expect(inspector.getByLabel("Cookie request header")).toHaveText("Cookie: theme=dark; secret_pref=s3cr3t");
    await expect(inspector.getByLabel("document.cookie", { exact: true })).toHaveText("theme=dark");
    await expect(inspector.getByTestId("hidden-cookie")).toContainText("secret_pref is missing here: it was set with HttpOnly");
    await expect(inspector.getByTestId("server-summary")).toContainText("The server keeps nothing");

    const jar = await context.cookies();
    expect(jar.map((c) => [c.name, c.httpOnly]).sort()).toEqual([
      ["secret_pref", true],
      ["theme", false],
    ]);
  });

  test("should delete a cookie with Max-Age=0 when the learner clears it", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(page.getByTestId("action-status")).toContainText("Set demo_theme: status 200");
    await page.getByRole("button", { name: "Clear cookie" }).click();
    await expect(page.getByTestId("set-cookie-line")).toContainText("demo_theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
    await expect(page.getByTestId("verdict")).toContainText("Deleted.");
    expect(await context.cookies()).toEqual([]);
    await expect(page.getByText("document.cookie is empty")).toBeVisible();
  });

  test("should refuse a name with a space and say why, setting nothing", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    await page.getByLabel("Cookie name").fill("my pref");
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(page.getByTestId("api-error")).toContainText('400 invalid_cookie_name: The cookie name "my pref" is not allowed');
    expect(await context.cookies()).toEqual([]);
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    await page.getByLabel("Cookie name").focus();
    await page.keyboard.press("Enter"); // submitting the form sets the cookie
    await expect(page.getByTestId("action-status")).toContainText("Set demo_theme: status 200");
    await page.getByRole("button", { name: "Read cookies" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Cookie request header")).toHaveText("Cookie: demo_theme=dark");
  });

  test("should have no axe violations after a request, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(page.getByTestId("action-status")).toContainText("status 200");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
