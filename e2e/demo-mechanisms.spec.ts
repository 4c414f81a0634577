import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";

async function storeAll(page: Page) {
  await page.goto("/demos/mechanisms");
  await page.getByRole("button", { name: "Store it four ways" }).click();
  await expect(page.getByTestId("mechanisms-notice")).toContainText("Stored");
}

test.describe("mechanisms demo", () => {
  test("should show what the browser and the server hold for each mechanism", async ({ page, context }) => {
    await storeAll(page);
    await expect(page.getByTestId("bytes-cookie")).toHaveText("22 bytes");
    await expect(page.getByTestId("bytes-server")).toHaveText("53 bytes");
    // The seal and the token carry the data, so they are far bigger than the session ID.
    for (const m of ["sealed", "jwt"]) expect(Number((await page.getByTestId(`bytes-${m}`).innerText()).split(" ")[0])).toBeGreaterThan(100);
    await expect(page.getByTestId("card-cookie")).toContainText("Can read it (document.cookie)");
    await expect(page.getByTestId("card-jwt")).toContainText("Cannot read it (HttpOnly)");
    await expect(page.getByTestId("server-data")).toContainText('{"theme":"dark","cart":2} in its sqlite store');
    await expect(page.getByTestId("card-sealed")).toContainText("The server holdsNothing");
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(["__Host-jwt", "__Host-sealed", "__Host-sid", "prefs"]);
  });

  test("should refuse a copy of the server session after revoking it, and still accept copies of the others", async ({ page }) => {
    await storeAll(page);
    await page.getByRole("button", { name: "Try to revoke (Server session)" }).click();
    await expect(page.getByTestId("revoke-server")).toContainText("Refused: unknown session");
    await page.getByRole("button", { name: "Try to revoke (JWT)" }).click();
    await expect(page.getByTestId("revoke-jwt")).toContainText('Still accepted: the server still reads {"theme":"dark","cart":2}');
    await page.getByRole("button", { name: "Try to revoke (Sealed cookie)" }).click();
    await expect(page.getByTestId("revoke-sealed")).toContainText("Still accepted");
    await page.getByRole("button", { name: "Try to revoke (Raw cookie)" }).click();
    await expect(page.getByTestId("revoke-cookie")).toContainText("Still accepted: the server believes the copy");
    await expect(page.getByTestId("mechanisms-notice")).toContainText("Raw cookie, after revoking and replaying a copy");
  });

  test("should show only the chosen mechanism's requests in the inspector", async ({ page }) => {
    await storeAll(page);
    // The history: one button per request, labelled "<step> · <status>".
    const history = page.getByRole("region", { name: "Inspector" }).getByRole("button", { name: / · \d+$/ });
    await expect(history).toHaveCount(4);
    await page.getByRole("radio", { name: "JWT" }).check();
    await expect(history).toHaveCount(1);
    await expect(history).toContainText("Store (JWT)");
    await expect(page.getByTestId("set-cookie-line")).toContainText("__Host-jwt=");
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await page.goto("/demos/mechanisms");
    await page.getByRole("button", { name: "Store it four ways" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("mechanisms-notice")).toContainText("Stored");
    await page.getByRole("button", { name: "Try to revoke (Server session)" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("revoke-server")).toContainText("Refused");
  });

  test("should have no axe violations after a revoke, in light and dark mode", async ({ page }) => {
    await storeAll(page);
    await page.getByRole("button", { name: "Try to revoke (Sealed cookie)" }).click();
    await expect(page.getByTestId("revoke-sealed")).toBeVisible();
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
