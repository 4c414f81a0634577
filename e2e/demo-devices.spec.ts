import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

const devices = (page: Page) => page.getByTestId("device");

/** Creates the learner's private account on this page and returns it. */
async function createAccount(page: Page): Promise<{ username: string; password: string }> {
  await page.getByRole("button", { name: "Create my account", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account created" })).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue(/^learner-[0-9a-f]{12}$/);
  return { username: await page.getByLabel("Username").inputValue(), password: await page.getByLabel("Password").inputValue() };
}

async function logIn(page: Page, creds: { username: string; password: string }, name: string): Promise<void> {
  await page.getByLabel("Username").fill(creds.username);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByLabel("Name this device (optional)").fill(name);
  await page.getByRole("button", { name: "Log in on this device", exact: true }).click();
  await expect(devices(page).filter({ hasText: "This device" })).toContainText(name);
}

test.describe("devices demo (log out everywhere)", () => {
  test("should list both browsers of one account, end the other one from this one, then log out everywhere with Clear-Site-Data", async ({ page, browser }) => {
    await gotoHydrated(page, "/demos/devices");
    await expect(page.getByTestId("no-devices")).toContainText("Not logged in on this device.");
    const creds = await createAccount(page);
    await logIn(page, creds, "Laptop");
    await expect(devices(page)).toHaveCount(1);

    // A second browser context is a second device: its own cookie jar.
    const phoneContext = await browser.newContext();
    const phone = await phoneContext.newPage();
    await gotoHydrated(phone, "/demos/devices");
    await logIn(phone, creds, "Phone");
    await expect(devices(phone)).toHaveCount(2);
    await expect(devices(phone).first()).toContainText("Laptop");

    await page.getByRole("button", { name: "Reload the list", exact: true }).click();
    await expect(devices(page)).toHaveCount(2);
    await page.getByRole("button", { name: /^End the session of Phone/ }).click();
    await expect(devices(page)).toHaveCount(1);
    await expect(page.getByText(/Ended 1 session on the server/).first()).toBeVisible();

    // The phone still holds its cookie, but the server ended its session.
    await phone.getByRole("button", { name: "Reload the list", exact: true }).click();
    await expect(phone.getByTestId("no-devices")).toBeVisible();

    // Log in on the phone again, then end everything from the laptop, which sends Clear-Site-Data.
    await logIn(phone, creds, "Phone");
    await page.context().addCookies([{ name: "theme", value: "dark", url: page.url() }]);
    await page.getByRole("button", { name: "Reload the list", exact: true }).click();
    await expect(devices(page)).toHaveCount(2);
    await expect(page.getByLabel('Send Clear-Site-Data: "cookies" when this device logs out')).toBeChecked();
    await page.getByRole("button", { name: "Log out everywhere", exact: true }).click();
    await expect(page.getByTestId("no-devices")).toBeVisible();
    await expect(page.getByText(/deleted every cookie of this site/).first()).toBeVisible();
    // Clear-Site-Data: "cookies" took every cookie of the site, the theme cookie too. Polled: one run's
    // immediate read of the context's cookies failed, the browser's cookie store works on its own thread.
    await expect.poll(() => page.context().cookies()).toEqual([]);
    await phone.getByRole("button", { name: "Reload the list", exact: true }).click();
    await expect(phone.getByTestId("no-devices")).toBeVisible();
    await phoneContext.close();
  });

  test("should log out this device only, and keep the other cookies when Clear-Site-Data is turned off", async ({ page }) => {
    await gotoHydrated(page, "/demos/devices");
    await logIn(page, await createAccount(page), "Laptop");
    await page.context().addCookies([{ name: "theme", value: "dark", url: page.url() }]);
    await page.getByLabel('Send Clear-Site-Data: "cookies" when this device logs out').uncheck();
    await page.getByRole("button", { name: "Log out this device", exact: true }).click();
    await expect(page.getByTestId("no-devices")).toBeVisible();
    expect((await page.context().cookies()).map((c) => c.name)).toEqual(["theme"]);
  });

  test("should be operable with the keyboard alone, at 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await gotoHydrated(page, "/demos/devices");
    // The page reads this device's session as it opens; the buttons take keys once that read is done.
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Read this device's session: status 200");
    await page.getByRole("button", { name: "Create my account", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Username")).toHaveValue(/^learner-/);
    await page.getByLabel("Name this device (optional)").focus();
    await page.keyboard.type("Keyboard");
    await page.keyboard.press("Enter");
    await expect(devices(page)).toHaveCount(1);
    // The device's long User-Agent line is cut short, and nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole("button", { name: "Log out this device", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("no-devices")).toBeVisible();
  });

  test("should have no axe violations with devices listed, in light and dark mode", async ({ page, browser }) => {
    await gotoHydrated(page, "/demos/devices");
    const creds = await createAccount(page);
    await logIn(page, creds, "Laptop");
    const other = await browser.newContext();
    const phone = await other.newPage();
    await gotoHydrated(phone, "/demos/devices");
    await logIn(phone, creds, "Phone");
    await other.close();
    await page.getByRole("button", { name: "Reload the list", exact: true }).click();
    await expect(devices(page)).toHaveCount(2);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
