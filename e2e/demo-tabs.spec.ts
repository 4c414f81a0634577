import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

test.describe("tabs demo", () => {
  test("should share the session between two tabs while each tab keeps its own sessionStorage label", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/tabs");
    await expect(page.getByTestId("shared-session")).toHaveText("No session yet: write a note to start one.");
    await expect(page.getByTestId("tab-label")).toHaveText(/^Tab [A-Z]{3}$/); // once the page has read sessionStorage
    const first = await page.getByTestId("tab-label").textContent();

    await page.getByLabel("Note").fill("written-in-tab-one");
    await page.getByRole("button", { name: "Write the note to the session" }).click();
    await expect(page.getByTestId("shared-session")).toContainText('"note": "written-in-tab-one"');

    // The learner's button: a link with target=_blank to the same demo.
    const [second] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: /Open in a second tab/ }).click()]);
    await second.waitForLoadState();
    await expect(second).toHaveURL(/\/demos\/tabs$/);
    await expect(second.getByTestId("shared-session")).toContainText('"note": "written-in-tab-one"');
    await expect(second.getByTestId("shared-session")).toContainText(`"writtenBy": "${first}"`);
    await expect(second.getByTestId("tab-label")).toHaveText(/^Tab [A-Z]{3}$/);
    await expect(second.getByTestId("tab-label")).not.toHaveText(first!);
    // Same cookie in both: the second tab sent the session cookie the first one received.
    await expect(second.getByRole("region", { name: "Inspector" }).getByLabel("Cookie request header")).toContainText("__Host-sid=");

    // A write in the second tab is read in the first.
    await second.getByLabel("Note").fill("written-in-tab-two");
    await second.getByRole("button", { name: "Write the note to the session" }).click();
    await expect(second.getByTestId("shared-session")).toContainText("written-in-tab-two");
    await page.getByRole("button", { name: "Read the session", exact: true }).click();
    await expect(page.getByTestId("shared-session")).toContainText('"note": "written-in-tab-two"');
    await expect(page.getByTestId("tab-label")).toHaveText(first!);
  });

  test("should keep the label when the tab reloads, since sessionStorage lives as long as the tab", async ({ page }) => {
    await gotoHydrated(page, "/demos/tabs");
    await expect(page.getByTestId("tab-label")).toHaveText(/^Tab [A-Z]{3}$/);
    const label = await page.getByTestId("tab-label").textContent();
    await page.reload();
    await expect(page.getByTestId("tab-label")).toHaveText(label!);
  });

  test("should refuse an empty note: the write button is disabled until there is text", async ({ page }) => {
    await gotoHydrated(page, "/demos/tabs");
    await page.getByLabel("Note").fill("");
    await expect(page.getByRole("button", { name: "Write the note to the session" })).toBeDisabled();
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/tabs");
    // The tab reads the session as it opens; the form submits once that read is done.
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Read the session: status 200");
    await page.getByLabel("Note").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("shared-session")).toContainText('"note": "hello from the first tab"');
    await page.getByRole("button", { name: "Read the session", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Read the session: status 200");
  });

  test("should have no axe violations, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/demos/tabs");
    await page.getByRole("button", { name: "Write the note to the session" }).click();
    await expect(page.getByTestId("shared-session")).toContainText("note");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
