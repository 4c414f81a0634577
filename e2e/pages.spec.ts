import { expect, test } from "@playwright/test";
import { axeViolations } from "./a11y";

test("should explain the site on the home page and lead to the first demo", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How do websites remember you?");
  await expect(page.getByRole("table")).toContainText("Server-side session");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Try the first demo" }).click();
  await expect(page).toHaveURL(/\/demos\/cookie-basics$/);
});

test("should list every demo on /demos", async ({ page }) => {
  await page.goto("/demos");
  await expect(page.getByRole("link", { name: /Cookie basics/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("should answer 404 for a demo that does not exist", async ({ page }) => {
  const res = await page.goto("/demos/no-such-demo");
  expect(res?.status()).toBe(404);
});
