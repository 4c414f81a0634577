import { expect, test } from "@playwright/test";
import { holdScripts } from "./hold-scripts";

test("should keep the Set-Cookie lines a learner typed before the explainer's JavaScript ran", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/tools/explain", { waitUntil: "domcontentloaded" });
  const lines = page.getByLabel(/Set-Cookie lines/);
  await lines.fill("early=1; Path=/");
  release();
  await page.waitForLoadState("load");
  await expect(lines).toHaveValue("early=1; Path=/");
  await page.getByRole("button", { name: "Explain", exact: true }).click();
  await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: early=1");
});


test("should set the cookie a learner filled in before the demo's JavaScript ran", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const release = await holdScripts(page);
  await page.goto("/demos/cookie-basics", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Cookie name").fill("early");
  await page.getByLabel("Value", { exact: true }).fill("bird");
  await page.getByLabel("Lifetime").selectOption("year");
  await page.getByLabel("HttpOnly").check();
  release();
  await page.waitForLoadState("load");
  await page.getByRole("button", { name: "Set cookie" }).click();
  await expect(page.getByTestId("set-cookie-line")).toHaveText("Set-Cookie: early=bird; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax");
  expect(errors).toEqual([]);
});

test("should log in with the mechanism and password a learner chose before the demo's JavaScript ran", async ({ page, context }) => {
  const release = await holdScripts(page);
  await page.goto("/demos/login", { waitUntil: "domcontentloaded" });
  await page.getByLabel("JWT").check();
  await page.getByLabel("Password").fill("babbage");
  release();
  await page.waitForLoadState("load");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByTestId("api-error")).toContainText("401 invalid_credentials");
  await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Log in (JWT): refused with status 401");
  expect(await context.cookies()).toEqual([]);
});
