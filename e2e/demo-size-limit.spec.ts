import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";

test.describe("size limit demo", () => {
  test("should keep a 4,096-byte cookie and watch Chromium drop one of 4,097 bytes", async ({ page, context }) => {
    await page.goto("/demos/size-limit");
    const cookieInspector = page.getByRole("region", { name: "Cookie inspector" });

    await page.getByRole("button", { name: "4,096 bytes", exact: true }).click();
    await expect(page.getByTestId("cookie-size-verdict")).toHaveText("Explainer: stored.");
    await expect(page.getByTestId("cookie-size-sent")).toHaveText(
      "The next Cookie header carried it: 4,096 bytes of big sent with every request to this path.",
    );

    await page.getByRole("button", { name: "4,097 bytes", exact: true }).click();
    await expect(page.getByTestId("cookie-size-result")).toContainText("Name + value: 4,097 bytes");
    await expect(page.getByTestId("cookie-size-verdict")).toHaveText("Explainer: refused, NameValuePairExceedsMaxSize.");
    await expect(page.getByTestId("cookie-size-sent")).toHaveText(
      /^The next Cookie header lacks it: Chromium \d+ dropped the cookie\. It still carries the older big of 4,096 bytes\.$/,
    );
    await cookieInspector.getByRole("button", { name: /^Set big \(4097 bytes\)/ }).click();
    await expect(cookieInspector.getByTestId("verdict")).toContainText("Refused.");
    expect((await context.cookies()).map((c) => [c.name, c.value.length])).toEqual([["big", 4093]]);
  });

  test("should let a session hold a megabyte behind one short cookie, and refuse more than its limit", async ({ page }) => {
    await page.goto("/demos/size-limit");
    const sessionInspector = page.getByRole("region", { name: "Session inspector" });

    await page.getByRole("button", { name: "Store 1,000,000 bytes" }).click();
    await expect(sessionInspector.getByRole("status")).toContainText("Fill session (1000000 bytes): status 200, 1 Set-Cookie line");
    await expect(sessionInspector.getByTestId("session-data-entry")).toContainText("(1,000,002 bytes in all)");
    await expect(sessionInspector.getByTestId("session-data-size")).toHaveText("1,000,013 bytes of the 1,048,576 bytes this server allows per session");

    await page.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(sessionInspector.getByRole("status")).toContainText("Read session: status 200");
    await expect(sessionInspector.getByLabel("Cookie request header")).toHaveText(/^Cookie: __Host-sid=[\w-]{43}$/);

    await page.getByRole("button", { name: "Try 1,048,576 bytes (over the limit)" }).click();
    await expect(sessionInspector.getByTestId("api-error")).toContainText("413 session_too_large");
    await page.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(sessionInspector.getByTestId("session-data-size")).toContainText("1,000,013 bytes");
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await page.goto("/demos/size-limit");
    await page.getByRole("button", { name: "1,024 bytes", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("cookie-size-verdict")).toHaveText("Explainer: stored.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "4,097 bytes", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("cookie-size-verdict")).toHaveText("Explainer: refused, NameValuePairExceedsMaxSize.");
  });

  test("should have no axe violations with both sides filled, in light and dark mode", async ({ page }) => {
    await page.goto("/demos/size-limit");
    await page.getByRole("button", { name: "4,097 bytes", exact: true }).click();
    await expect(page.getByTestId("cookie-size-result")).toBeVisible();
    await page.getByRole("button", { name: "Store 1,000,000 bytes" }).click();
    await expect(page.getByTestId("session-record")).toBeVisible();
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
