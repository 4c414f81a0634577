import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";

// The quick timers (idle 4 s, absolute 10 s) keep each wait to seconds; nothing here measures time.
async function open(page: Page, rolling: "on" | "off") {
  await page.goto("/demos/expiry");
  await page.getByLabel("Timers").selectOption("quick");
  await page.getByRole("radio", { name: rolling === "on" ? /^On:/ : /^Off:/ }).check();
  return page.getByRole("region", { name: "Inspector" });
}

test.describe("expiry demo", () => {
  test("should set a session cookie without Max-Age and a persistent one with it, and say which is which", async ({ page, context }) => {
    await page.goto("/demos/expiry");
    const inspector = page.getByRole("region", { name: "Inspector" });
    await page.getByRole("button", { name: "Set a session cookie (no Max-Age)" }).click();
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("Set-Cookie: lifetime_session=1; Path=/; SameSite=Lax");
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("a session cookie, deleted when the browser session ends");
    await page.getByRole("button", { name: "Set a persistent cookie (Max-Age=600)" }).click();
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("lifetime_persistent=1; Max-Age=600; Path=/; SameSite=Lax");
    const jar = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.expires]));
    expect(jar.lifetime_session).toBe(-1); // no expiry date: gone when the browser closes
    expect(jar.lifetime_persistent).toBeGreaterThan(Date.now() / 1000);
  });

  test("should end a session that is only read once the idle timer runs out, when rolling is off", async ({ page }) => {
    const inspector = await open(page, "off");
    await page.getByRole("button", { name: "Write (start or update)" }).click();
    await expect(inspector.getByTestId("set-cookie-line")).toContainText(/__Host-expiry-sid=[\w-]{43}; Path=\/; Secure; HttpOnly; SameSite=Lax/);
    await expect(inspector.getByTestId("server-summary")).toContainText("A new session was created");
    await page.getByRole("button", { name: "Read", exact: true }).click();
    await expect(inspector.getByRole("status")).toContainText("Read: status 200, 0 Set-Cookie lines");
    // The page announces the moment the idle timer runs out; the server decides at the next request.
    await expect(page.getByTestId("expiry-announcement")).toHaveText(/The idle timeout has passed/, { timeout: 10_000 });
    await page.getByRole("button", { name: "Read", exact: true }).click();
    await expect(inspector.getByTestId("server-summary")).toHaveText(/idle for longer than 4 seconds, so the server ended it/);
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("__Host-expiry-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0");
    await expect(page.getByTestId("countdown")).toContainText("No live session");
  });

  test("should renew the idle timer on every read when rolling is on, yet end the session at the absolute timeout", async ({ page }) => {
    const inspector = await open(page, "on");
    await page.getByRole("button", { name: "Write (start or update)" }).click();
    await expect(inspector.getByTestId("server-summary")).toContainText("A new session was created");
    await page.getByRole("button", { name: "Read", exact: true }).click();
    await expect(inspector.getByRole("status")).toContainText("Read: status 200, 1 Set-Cookie line received");
    // Keep reading: each read re-sends the cookie and refills the idle timer, until the absolute timeout ends it.
    await expect(async () => {
      await page.getByRole("button", { name: "Read", exact: true }).click();
      await expect(inspector.getByTestId("server-summary")).toHaveText(/maximum lifetime of 10 seconds/, { timeout: 1000 });
    }).toPass({ intervals: [1500], timeout: 20_000 });
    await expect(inspector.getByRole("button", { name: /^Read · 200/ }).first()).toBeVisible();
  });

  test("should count the timers from the server's answer, however long the page sat before the first session", async ({ page }) => {
    await page.clock.install();
    const inspector = await open(page, "off");
    // The learner reads for 6 s before starting a session; then the page's clock stands still, so
    // the countdown shows exactly what it computed from the answer.
    await page.clock.pauseAt(Date.now() + 6000);
    await page.getByRole("button", { name: "Write (start or update)" }).click();
    await expect(inspector.getByTestId("server-summary")).toContainText("A new session was created");
    await expect(page.getByTestId("idle-left")).toHaveText("4 s left");
    await expect(page.getByTestId("absolute-left")).toHaveText("10 s left");
  });

  test("should start a fresh session after the learner ends one, never reviving the old ID", async ({ page }) => {
    const inspector = await open(page, "on");
    await page.getByRole("button", { name: "Write (start or update)" }).click();
    await expect(inspector.getByTestId("server-summary")).toContainText("A new session was created");
    await page.getByRole("button", { name: "End session" }).click();
    await expect(inspector.getByTestId("server-summary")).toContainText("deleted from the server store at once");
    await page.getByRole("button", { name: "Read", exact: true }).click();
    await expect(inspector.getByTestId("server-summary")).toContainText("No session cookie came with this request");
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await page.goto("/demos/expiry");
    await page.getByLabel("Timers").focus();
    await page.keyboard.press("ArrowDown"); // the quick timers
    await expect(page.getByLabel("Timers")).toHaveValue("quick");
    await page.getByRole("radio", { name: /^On:/ }).focus();
    await page.keyboard.press("ArrowDown"); // arrow keys move within a radio group
    await expect(page.getByRole("radio", { name: /^Off:/ })).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Write (start or update)" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Inspector" }).getByTestId("server-summary")).toContainText("A new session was created");
    await expect(page.getByTestId("idle-left")).toHaveText(/\d s left/);
  });

  test("should have no axe violations with a live session, in light and dark mode", async ({ page }) => {
    const inspector = await open(page, "on");
    await page.getByRole("button", { name: "Write (start or update)" }).click();
    await expect(inspector.getByRole("status")).toContainText("status 200");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
