import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

async function setAndCheck(page: Page) {
  await page.getByRole("button", { name: "Set cookie", exact: true }).click();
  await expect(page.getByTestId("attribute-check")).toBeVisible();
}

const rows = (page: Page) => page.getByTestId("check-row");

test.describe("cookie attributes playground", () => {
  test("should show the exact header and agree with Chromium for a plain, an HttpOnly and a Path-scoped cookie", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/attributes");
    const inspector = page.getByRole("region", { name: "Inspector" });

    await setAndCheck(page);
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/Set-Cookie: demo=1; Max-Age=3600; Path=\/; SameSite=Lax/);
    await expect(inspector.getByTestId("verdict")).toHaveText("Stored. The browser keeps this cookie.");
    await expect(rows(page)).toHaveText([
      /document\.cookie on this page\s*yes\s*yes\s*Agree/,
      /\/api\/echo\/inside\s*yes\s*yes\s*Agree/,
      /\/api\/echo\/outside\s*yes\s*yes\s*Agree/,
    ]);
    await expect(page.getByTestId("agreement-summary")).toHaveText(/^Chromium \d+ and the explainer agree on every check \(3\)\.$/);

    await page.getByLabel("Value", { exact: true }).fill("2");
    await page.getByLabel("HttpOnly").check();
    await setAndCheck(page);
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/demo=2; Max-Age=3600; Path=\/; HttpOnly; SameSite=Lax/);
    // Hidden from JavaScript, yet sent to the server.
    await expect(rows(page).first()).toHaveText(/document\.cookie on this page\s*no\s*no\s*Agree/);
    await expect(rows(page).nth(1)).toHaveText(/yes\s*yes\s*Agree/);

    await page.getByLabel("Value", { exact: true }).fill("3");
    await page.getByLabel("HttpOnly").uncheck();
    await page.getByLabel("Path", { exact: true }).selectOption("/api/echo/inside");
    await setAndCheck(page);
    await expect(rows(page)).toHaveText([/no\s*no\s*Agree/, /\/api\/echo\/inside\s*yes\s*yes\s*Agree/, /\/api\/echo\/outside\s*no\s*no\s*Agree/]);
    await page.getByRole("button", { name: "Read at /api/echo/outside" }).click();
    await expect(inspector.getByRole("status")).toContainText("Read at /api/echo/outside: status 200");
    await expect(inspector.getByLabel("Cookie request header")).not.toContainText("demo=3");
    await page.getByRole("button", { name: "Read at /api/echo/inside" }).click();
    await expect(inspector.getByRole("status")).toContainText("Read at /api/echo/inside: status 200");
    await expect(inspector.getByLabel("Cookie request header")).toContainText("demo=3");
    expect((await context.cookies()).find((c) => c.value === "3")?.path).toBe("/api/echo/inside");
  });

  test("should say plainly that Chromium refused SameSite=None without Secure, and find the cookie absent", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByLabel("Value", { exact: true }).fill("none-insecure");
    await page.getByLabel("SameSite", { exact: true }).selectOption("None");
    await setAndCheck(page);
    await expect(page.getByTestId("verdict")).toContainText("Refused.");
    await expect(page.getByTestId("browser-outcome")).toContainText(/^Chromium \d+ refused this cookie/);
    await expect(page.getByTestId("browser-outcome")).toContainText("(SameSiteNoneInsecure) It is absent afterwards");
    await expect(rows(page)).toHaveText([/no\s*no\s*Agree/, /no\s*no\s*Agree/, /no\s*no\s*Agree/]);
    expect(await context.cookies()).toEqual([]);

    // With Secure ticked the same line is kept.
    await page.getByRole("checkbox", { name: "Secure" }).check();
    await setAndCheck(page);
    await expect(page.getByTestId("verdict")).toHaveText("Stored. The browser keeps this cookie.");
    expect((await context.cookies()).map((c) => [c.name, c.sameSite, c.secure])).toEqual([["demo", "None", true]]);
  });

  test("should explain in the JavaScript column a cookie hidden by its Path, and not call a refused HttpOnly line hidden", async ({ page }) => {
    await gotoHydrated(page, "/demos/attributes");
    const javascript = page.getByRole("region", { name: "Inspector" }).getByTestId("hidden-cookie");
    await page.getByLabel("Path", { exact: true }).selectOption("/api/echo/inside");
    await setAndCheck(page);
    await expect(javascript).toHaveText(
      "demo is missing here: it was set with Path=/api/echo/inside, which does not include this page (/demos/attributes), so document.cookie here leaves it out; the browser sends it only to URLs under /api/echo/inside.",
    );

    // HttpOnly on a line Chromium refuses (SameSite=None without Secure): nothing is kept, so nothing is hidden.
    await page.getByLabel("Cookie name").fill("other");
    await page.getByLabel("Path", { exact: true }).selectOption("/");
    await page.getByLabel("HttpOnly").check();
    await page.getByLabel("SameSite", { exact: true }).selectOption("None");
    await setAndCheck(page);
    await expect(page.getByTestId("verdict")).toContainText("Refused.");
    await page.getByRole("button", { name: "Read at /api/echo/outside" }).click();
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Read at /api/echo/outside: status 200");
    await expect(javascript.filter({ hasText: "other" })).toHaveCount(0);
  });

  test("should show a __Host- cookie with a Domain refused, and accepted once the Domain is gone", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByRole("radio", { name: "__Host-", exact: true }).check();
    await page.getByRole("checkbox", { name: "Secure" }).check();
    await page.getByLabel("Domain", { exact: true }).fill("localhost");
    await setAndCheck(page);
    await expect(page.getByTestId("browser-outcome")).toContainText("(InvalidPrefix)");
    await expect(page.getByTestId("agreement-summary")).toHaveText(/^Chromium \d+ and the explainer agree on every check \(3\)\.$/);
    expect(await context.cookies()).toEqual([]);

    await page.getByLabel("Domain", { exact: true }).fill("");
    await setAndCheck(page);
    await expect(page.getByTestId("set-cookie-line")).toHaveText(/__Host-demo=1; Max-Age=3600; Path=\/; Secure; SameSite=Lax/);
    expect((await context.cookies()).map((c) => c.name)).toEqual(["__Host-demo"]);
    await page.getByRole("button", { name: "Clear cookie" }).click();
    await expect(page.getByTestId("verdict")).toContainText("Deleted.");
    expect(await context.cookies()).toEqual([]);
  });

  test("should show an __Http- cookie refused without HttpOnly, kept with it, hidden from scripts, and cleared", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByRole("radio", { name: "__Http-", exact: true }).check();
    await page.getByRole("checkbox", { name: "Secure" }).check();
    await setAndCheck(page);
    await expect(page.getByTestId("set-cookie-line")).toHaveText(/__Http-demo=1; Max-Age=3600; Path=\/; Secure; SameSite=Lax/);
    await expect(page.getByTestId("browser-outcome")).toContainText("(InvalidPrefix)");
    await expect(page.getByTestId("agreement-summary")).toHaveText(/^Chromium \d+ and the explainer agree on every check \(3\)\.$/);
    expect(await context.cookies()).toEqual([]);

    await page.getByLabel("HttpOnly").check();
    await setAndCheck(page);
    await expect(page.getByTestId("verdict")).toHaveText("Stored. The browser keeps this cookie.");
    await expect(rows(page)).toHaveText([
      /document\.cookie on this page\s*no\s*no\s*Agree/,
      /\/api\/echo\/inside\s*yes\s*yes\s*Agree/,
      /\/api\/echo\/outside\s*yes\s*yes\s*Agree/,
    ]);
    expect((await context.cookies()).map((c) => [c.name, c.httpOnly, c.secure])).toEqual([["__Http-demo", true, true]]);
    // The clearing line carries Secure and HttpOnly too, or Chromium would refuse it and keep the cookie.
    await page.getByRole("button", { name: "Clear cookie" }).click();
    await expect(page.getByTestId("verdict")).toContainText("Deleted.");
    expect(await context.cookies()).toEqual([]);
  });

  test("should refuse a value with a space before anything is sent, and run no check", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByLabel("Value", { exact: true }).fill("a b");
    await page.getByRole("button", { name: "Set cookie", exact: true }).click();
    await expect(page.getByTestId("api-error")).toContainText("400 invalid_cookie_value");
    await expect(page.getByTestId("attribute-check")).toHaveCount(0);
    expect(await context.cookies()).toEqual([]);
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByLabel("HttpOnly").focus();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("HttpOnly")).toBeChecked();
    await page.getByLabel("Path", { exact: true }).focus();
    await page.keyboard.press("ArrowDown"); // "/" -> "/api/echo/inside"
    await expect(page.getByLabel("Path", { exact: true })).toHaveValue("/api/echo/inside");
    await page.getByLabel("Cookie name").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("set-cookie-line")).toHaveText(/demo=1; Max-Age=3600; Path=\/api\/echo\/inside; HttpOnly; SameSite=Lax/);
    await expect(page.getByTestId("agreement-summary")).toHaveText(/^Chromium \d+ and the explainer agree on every check \(3\)\.$/);
  });

  test("should have no axe violations with the check shown, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByLabel("SameSite", { exact: true }).selectOption("None");
    await setAndCheck(page);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
