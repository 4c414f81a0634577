import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated } from "./hydration";

/** The security lesson's shadowing recipe (content/security.mdx#tossing), clicked through in the attributes playground. */

async function set(page: Page, value: string, path: string) {
  await page.getByLabel("Value", { exact: true }).fill(value);
  await page.getByLabel("Path", { exact: true }).selectOption(path);
  await page.getByRole("button", { name: "Set cookie", exact: true }).click();
  await expect(page.getByRole("region", { name: "Inspector" }).getByTestId("set-cookie-line")).toContainText(`=${value};`);
}

async function readInside(page: Page) {
  const inspector = page.getByRole("region", { name: "Inspector" });
  await page.getByRole("button", { name: "Read at /api/echo/inside" }).click();
  await expect(inspector.getByRole("status")).toContainText("Read at /api/echo/inside: status 200");
  return inspector.getByLabel("Cookie request header");
}

test.describe("cookie shadowing", () => {
  test("should send a same-named cookie with a longer path first, so a server reading the first one reads the shadow", async ({ page }) => {
    await gotoHydrated(page, "/demos/attributes");
    await set(page, "real", "/");
    await set(page, "shadow", "/api/echo/inside");
    await expect(await readInside(page)).toHaveText("Cookie: demo=shadow; demo=real");
  });

  test("should refuse a __Host- cookie with a longer path, so no page can shadow it", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByRole("radio", { name: "__Host-", exact: true }).check();
    await page.getByRole("checkbox", { name: "Secure" }).check();
    await set(page, "real", "/");
    await set(page, "shadow", "/api/echo/inside");
    await expect(page.getByTestId("verdict")).toContainText("Refused.");
    await expect(await readInside(page)).toHaveText("Cookie: __Host-demo=real");
    expect((await context.cookies()).map((c) => [c.name, c.value, c.path])).toEqual([["__Host-demo", "real", "/"]]);
  });
});
