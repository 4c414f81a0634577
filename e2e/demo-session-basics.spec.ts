import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

test.describe("session basics demo", () => {
  test("should create nothing on a read, keep the data on the server, hide the ID from JavaScript, and find nothing after destroy", async ({
    page,
    context,
  }) => {
    await gotoHydrated(page, "/demos/session-basics");
    const inspector = page.getByRole("region", { name: "Inspector" });

    // Strict mode: a read without a cookie creates nothing.
    await page.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(inspector.getByRole("status")).toContainText("Read session: status 200, 0 Set-Cookie lines");
    await expect(inspector.getByTestId("session-outcome")).toHaveText("none");
    await expect(inspector.getByTestId("no-session-record")).toBeVisible();
    expect(await context.cookies()).toEqual([]);

    await page.getByLabel("Key").fill("username");
    await page.getByLabel("Value", { exact: true }).fill("ada");
    await page.getByRole("button", { name: "Save to session", exact: true }).click();
    await expect(inspector.getByRole("status")).toContainText("Save username: status 200, 1 Set-Cookie line");
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(
      /Set-Cookie: __Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax/,
    );
    await expect(inspector.getByTestId("session-outcome")).toHaveText("created");
    await expect(inspector.getByTestId("session-data-entry")).toHaveText('username: "ada"');

    await page.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(inspector.getByRole("status")).toContainText("Read session: status 200");
    await expect(inspector.getByLabel("Cookie request header")).toHaveText(/^Cookie: __Host-sid=[\w-]{43}$/);
    await expect(inspector.getByText("document.cookie is empty")).toBeVisible();
    await expect(inspector.getByTestId("hidden-cookie")).toContainText("__Host-sid is missing here: it was set with HttpOnly");
    const record = inspector.getByTestId("session-record");
    await expect(record.getByRole("row", { name: /Idle expiry/ })).toContainText("(in 30 min)");
    await expect(record.getByRole("row", { name: /Absolute expiry/ })).toContainText("(in 8 h)");
    await expect(record.getByRole("row", { name: /^ID/ })).toContainText((await context.cookies())[0]!.value);

    await page.getByRole("button", { name: "Destroy session", exact: true }).click();
    await expect(inspector.getByTestId("session-outcome")).toHaveText("destroyed");
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/__Host-sid=; .*Max-Age=0/);
    expect(await context.cookies()).toEqual([]);
    await page.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(inspector.getByTestId("session-outcome")).toHaveText("none");
    await expect(inspector.getByTestId("no-session-record")).toBeVisible();
  });

  test("should refuse a key JavaScript objects reserve and store nothing", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/session-basics");
    await page.getByLabel("Key").fill("__proto__");
    await page.getByRole("button", { name: "Save to session", exact: true }).click();
    await expect(page.getByTestId("api-error")).toContainText('400 invalid_body: The key "__proto__" is not allowed');
    expect(await context.cookies()).toEqual([]);
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/session-basics");
    await page.getByLabel("Value", { exact: true }).focus();
    await page.keyboard.press("Enter"); // submitting the form saves
    await expect(page.getByTestId("action-status")).toContainText("Save username: status 200");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Save to session", exact: true })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Read session", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("action-status")).toContainText("Read session: status 200");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Destroy session", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("session-outcome")).toHaveText("destroyed");
  });

  test("should have no axe violations with a session shown, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/demos/session-basics");
    await page.getByRole("button", { name: "Save to session", exact: true }).click();
    await expect(page.getByTestId("session-record")).toBeVisible();
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});

test.describe("session basics demo in a browser that drops Secure cookies from http://localhost", () => {
  test("should name the session cookie sid without Secure, keep the session, and say why", async ({ page, context, baseURL }) => {
    // What the site's page sets in Safari, whose cookie jar drops Secure cookies from plain http://localhost
    // (lib/http/secure-cookie-check.ts); Chromium keeps them, so the test sets the outcome itself.
    await context.addCookies([{ name: "lab-plain-cookies", value: "1", url: baseURL! }]);
    await gotoHydrated(page, "/demos/session-basics");
    const inspector = page.getByRole("region", { name: "Inspector" });
    await page.getByLabel("Key").fill("username");
    await page.getByLabel("Value", { exact: true }).fill("ada");
    await page.getByRole("button", { name: "Save to session", exact: true }).click();
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(/^Set-Cookie: sid=[\w-]{43}; Max-Age=1800; Path=\/; HttpOnly; SameSite=Lax(?!;)/);
    await expect(inspector.getByTestId("server-summary")).toContainText("Your browser drops Secure cookies from plain http://localhost (Safari does");
    await page.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(inspector.getByTestId("session-outcome")).toHaveText("found");
    await expect(inspector.getByLabel("Cookie request header")).toHaveText(
      /^Cookie: lab-plain-cookies=1; sid=[\w-]{43}$|^Cookie: sid=[\w-]{43}; lab-plain-cookies=1$/,
    );
  });
});
