import { expect, test } from "@playwright/test";
import { axeViolations } from "./a11y";

test.describe("the Set-Cookie explainer page", () => {
  test("should explain a broken example in plain words", async ({ page }) => {
    await page.goto("/tools/explain");
    await page.getByRole("button", { name: "Broken: SameSite=None without Secure" }).click();
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("verdict")).toContainText("Refused.");
    await expect(page.getByTestId("verdict")).toContainText("SameSiteNoneInsecure");
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("(no Cookie header: nothing matches that URL)");
  });

  test("should show the Cookie header a pasted batch leads to, longer path first", async ({ page }) => {
    await page.goto("/tools/explain");
    await page.getByLabel(/Set-Cookie lines/).fill("a=1; Path=/\nb=2; Path=/docs\n<script>alert(1)</script>=x");
    await page.getByLabel("Received from (URL of the response)").fill("https://example.com/docs/page");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    // The third line has no Path, so it takes the default path /docs and sorts with b, before a (Path=/).
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: b=2; <script>alert(1)</script>=x; a=1");
    // The pasted markup is shown as text, never run.
    await expect(page.getByText("<script>alert(1)</script>", { exact: true }).first()).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
  });

  test("should say what is wrong with a bad URL", async ({ page }) => {
    await page.goto("/tools/explain");
    await page.getByLabel("Received from (URL of the response)").fill("ftp://example.com/");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "ftp" })).toContainText("is not an http:// or https:// URL");
  });

  test("should have no axe violations with results shown", async ({ page }) => {
    await page.goto("/tools/explain");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("verdict")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
