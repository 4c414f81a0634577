import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./hydration";

// Issue 19, point 7: each message states the real reason, about the step the learner sees.
// (The tamper lab's colours are checked in demo-tamper.spec.ts.)
test.describe("honest messages", () => {
  test("should say in the raw cart's inspector that __Host-sid is hidden because the session cart set it HttpOnly", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    await page.getByRole("button", { name: "Add tea to both carts" }).click();
    await expect(page.getByTestId("bytes-table").locator("tbody tr")).toHaveCount(1);
    await page.getByRole("button", { name: "Add jam to both carts" }).click();
    await expect(page.getByTestId("bytes-table").locator("tbody tr")).toHaveCount(2);
    const raw = page.getByRole("region", { name: "Raw cookie cart: inspector" });
    await expect(raw.getByLabel("Cookie request header")).toContainText("__Host-sid=");
    const hidden = raw.getByTestId("hidden-cookie").filter({ hasText: "__Host-sid" });
    await expect(hidden).toHaveText(
      "__Host-sid is missing here: it was set with HttpOnly, so the browser keeps it from JavaScript (it still sends it to the server).",
    );
  });

  test("should make the mechanisms status line speak of the step the filtered inspector shows", async ({ page }) => {
    await gotoHydrated(page, "/demos/mechanisms");
    await page.getByRole("button", { name: "Store it four ways" }).click();
    await expect(page.getByTestId("mechanisms-notice")).toContainText("Stored");
    const inspector = page.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByRole("status")).toContainText("Store (Server session): status 200");
    await page.getByRole("radio", { name: "JWT" }).check();
    await expect(inspector).toContainText("Showing Store (JWT)");
    await expect(inspector.getByRole("status")).toHaveText(
      /^Store \(JWT\): status 200, 1 Set-Cookie line received\. \(The inspector shows the JWT steps only; the latest request was Store \(Server session\)\.\)$/,
    );
    await page.getByRole("radio", { name: "Every mechanism" }).check();
    await expect(inspector.getByRole("status")).toHaveText(/^Store \(Server session\): status 200/);
  });
});
