import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

async function add(page: Page, item: "tea" | "scone" | "jam", items: number) {
  await page.getByRole("button", { name: `Add ${item} to both carts` }).click();
  await expect(page.getByTestId("bytes-table").locator("tbody tr")).toHaveCount(items);
}

test.describe("cart demo", () => {
  test("should grow the raw cart's bytes on every request while the session cookie stays one ID", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    await add(page, "tea", 1);
    await add(page, "scone", 2);
    await add(page, "jam", 3);
    await add(page, "tea", 4);

    const table = page.getByTestId("bytes-table");
    await expect(table.locator("tbody td:nth-child(2)")).toHaveText([/^8 B/, /^14 B/, /^18 B/, /^22 B/]);
    await expect(table.locator("tbody td:nth-child(3)")).toHaveText([/^54 B/, /^54 B/, /^54 B/, /^54 B/]);
    await expect(page.getByTestId("raw-cart-bytes")).toHaveText("The browser sends 22 bytes for it with every request to this site.");
    await expect(page.getByTestId("session-cart-bytes")).toHaveText("The browser sends 54 bytes for it with every request to this site.");
    await expect(page.getByTestId("raw-cart-total")).toHaveText("$17.25");
    await expect(page.getByTestId("session-cart-total")).toHaveText("$17.25");

    // The raw cart rides along even on the request to /api/session.
    const sessionInspector = page.getByRole("region", { name: "Server session cart: inspector" });
    await page.getByRole("button", { name: "Read both carts" }).click();
    await expect(sessionInspector.getByRole("status")).toContainText("Read the session cart: status 200");
    await expect(sessionInspector.getByLabel("Cookie request header")).toHaveText(/cart=tea\.scone\.jam\.tea/);
    await expect(sessionInspector.getByTestId("session-data-entry")).toHaveText('cart: ["tea","scone","jam","tea"]');
  });

  test("should keep every item when the page is reloaded and Add is pressed before Read", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    await add(page, "tea", 1);
    await add(page, "scone", 2);
    await page.reload();
    await expect(page.getByTestId("session-cart")).toContainText("Empty."); // the page forgot; the server did not
    await add(page, "jam", 1);
    await expect(page.getByTestId("session-cart-total")).toHaveText("$12.75");
    await expect(page.getByTestId("raw-cart-total")).toHaveText("$12.75");

    const sessionInspector = page.getByRole("region", { name: "Server session cart: inspector" });
    await page.getByRole("button", { name: "Read both carts" }).click();
    await expect(sessionInspector.getByRole("status")).toContainText("Read the session cart: status 200");
    await expect(sessionInspector.getByTestId("session-data-entry")).toHaveText('cart: ["tea","scone","jam"]');
    for (const cart of ["session-cart", "raw-cart"]) {
      for (const item of ["1 × Tea", "1 × Scone", "1 × Jam"]) await expect(page.getByTestId(cart)).toContainText(item);
    }
  });

  test("should keep the items a second tab added to the session cart", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/cart");
    const other = await context.newPage();
    await other.goto("/demos/cart");
    await add(page, "tea", 1);
    await add(other, "jam", 1); // this tab never saw the tea
    await add(page, "scone", 2); // nor this one the jam
    await expect(page.getByTestId("session-cart-total")).toHaveText("$12.75");
    await other.getByRole("button", { name: "Read both carts" }).click();
    await expect(other.getByRole("region", { name: "Server session cart: inspector" }).getByTestId("session-data-entry")).toHaveText(
      'cart: ["tea","jam","scone"]',
    );
    await other.close();
  });

  test("should let the user rewrite the raw cart but not the session", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/cart");
    await add(page, "tea", 1);
    const sid = (await context.cookies()).find((c) => c.name === "__Host-sid")!.value;

    await page.getByLabel("The raw cart cookie, as the user sees it in DevTools").fill("jam.jam.jam.laptop");
    await page.getByRole("button", { name: "Save my edit to the cookie" }).click();
    const rawInspector = page.getByRole("region", { name: "Raw cookie cart: inspector" });
    await expect(rawInspector.getByRole("status")).toContainText("Read after my edit: status 200");
    await expect(rawInspector.getByLabel("Cookie request header")).toContainText("cart=jam.jam.jam.laptop");
    await expect(page.getByTestId("raw-cart")).toContainText("1 × laptopnot sold here");
    await expect(page.getByTestId("edit-outcome")).toContainText("exactly as if the shop had written it");

    await page.getByRole("button", { name: "Try to overwrite the session cookie from JavaScript" }).click();
    await expect(page.getByTestId("edit-outcome")).toContainText(/^Chromium \d+ ignored the overwrite: JavaScript may not replace an HttpOnly cookie\./);
    await expect(page.getByTestId("session-cart")).toContainText("1 × Tea");
    expect((await context.cookies()).find((c) => c.name === "__Host-sid")?.value).toBe(sid);
  });

  test("should refuse an edit a cookie cannot hold, and send nothing", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    await page.getByLabel("The raw cart cookie, as the user sees it in DevTools").fill("tea; jam");
    const field = page.getByLabel("The raw cart cookie, as the user sees it in DevTools");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/The cookie value "tea; jam" is not allowed: spaces, double quotes, commas, semicolons/);
    await expect(page.getByRole("button", { name: "Save my edit to the cookie" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save my edit to the cookie" })).toHaveAttribute("title", /The cookie value "tea; jam" is not allowed/);
    await expect(page.getByRole("button", { name: "Try to overwrite the session cookie from JavaScript" })).toBeDisabled();
    await expect(page.getByText("Make a request with the buttons")).toHaveCount(2); // both inspectors: no request made
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    await page.getByRole("button", { name: "Add tea to both carts" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("bytes-table").locator("tbody tr")).toHaveCount(1);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Add scone to both carts" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("session-cart-total")).toHaveText("$7.50");
  });

  test("should have no axe violations with both carts filled, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    await add(page, "jam", 1);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
