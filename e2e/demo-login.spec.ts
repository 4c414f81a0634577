import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

async function stealLogoutReplay(page: Page) {
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByTestId("login-notice")).toContainText("Logged in as ada");
  await page.getByRole("button", { name: "Steal the cookie", exact: true }).click();
  await expect(page.getByTestId("login-notice")).toContainText("Copied");
  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await expect(page.getByTestId("login-notice")).toContainText("Logged out");
  await page.getByRole("button", { name: "Replay the stolen copy", exact: true }).click();
}

test.describe("login demo", () => {
  test("should move the session to a new ID on login and show both IDs", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/login");
    await page.getByRole("button", { name: "Browse first", exact: true }).click();
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Browse first (Server session): status 200");
    const before = (await context.cookies()).find((c) => c.name === "__Host-sid")!.value;
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page.getByTestId("previous-id")).toHaveText(before);
    const after = (await context.cookies()).find((c) => c.name === "__Host-sid")!.value;
    expect(after).not.toBe(before);
    await expect(page.getByTestId("new-id")).toHaveText(after);
    await expect(page.getByTestId("set-cookie-line")).toContainText(`__Host-sid=${after}; Max-Age=1800; Path=/; Secure; HttpOnly; SameSite=Lax`);
  });

  test("should refuse a wrong password and set nothing", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/login");
    await page.getByLabel("Password").fill("babbage");
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page.getByTestId("api-error")).toContainText("401 invalid_credentials");
    await expect(page.getByTestId("login-notice")).toContainText("Login refused");
    await expect(page.getByRole("button", { name: "Steal the cookie", exact: true })).toBeDisabled();
    expect(await context.cookies()).toEqual([]);
  });

  test("should refuse a stolen server session cookie once the user has logged out", async ({ page }) => {
    await gotoHydrated(page, "/demos/login");
    await stealLogoutReplay(page);
    await expect(page.getByTestId("replay-verdict")).toContainText("Refused: unknown session");
    // The copy really went on the wire, and the server answered by clearing it.
    const inspector = page.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByLabel("Cookie request header")).toContainText(await page.getByTestId("stolen-cookie").innerText());
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0");
  });

  test("should not call the replayed copy HttpOnly: page JavaScript wrote it, and the server's answer deleted it", async ({ page }) => {
    await gotoHydrated(page, "/demos/login");
    await stealLogoutReplay(page);
    await expect(page.getByTestId("replay-verdict")).toContainText("Refused: unknown session");
    const javascript = page.getByRole("region", { name: "Inspector" }).getByLabel("Cookies JavaScript cannot see");
    await expect(javascript).toHaveText(
      "__Host-sid is missing here: this response deleted it. The request still carried it (see the Cookie column), but the browser no longer keeps it.",
    );
    await expect(javascript).not.toContainText("HttpOnly");
    await expect(javascript).not.toContainText("Path");
  });

  for (const [label, cookie] of [
    ["Sealed cookie", "__Host-sealed"],
    ["JWT", "__Host-jwt"],
  ] as const) {
    test(`should still accept a stolen ${label} after logout: the revocation gap`, async ({ page }) => {
      await gotoHydrated(page, "/demos/login");
      await page.getByRole("radio", { name: label }).check();
      await stealLogoutReplay(page);
      await expect(page.getByTestId("replay-verdict")).toContainText("Still accepted: logged in as ada");
      await expect(page.getByTestId("replay-verdict")).toContainText("revocation gap");
      await expect(page.getByTestId("stolen-cookie")).toContainText(`${cookie}=`);
      await expect(page.getByTestId("previous-id")).toHaveCount(0);
    });
  }

  test("should log in with an ES256 JWT whose kid names a public key at /.well-known/jwks.json", async ({ page, context, request }) => {
    await gotoHydrated(page, "/demos/login");
    await page.getByRole("radio", { name: "JWT" }).check();
    await page.getByRole("radio", { name: /^ES256/ }).check();
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page.getByTestId("login-notice")).toContainText("Logged in as ada with a jwt signed with ES256");
    const token = (await context.cookies()).find((c) => c.name === "__Host-jwt")!.value;
    const header = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()) as { alg: string; kid: string };
    expect(header.alg).toBe("ES256");
    const jwks = await request.get("/.well-known/jwks.json");
    expect(jwks.status()).toBe(200);
    expect(jwks.headers()["content-type"]).toContain("application/jwk-set+json");
    const { keys } = (await jwks.json()) as { keys: { kid: string; d?: string }[] };
    expect(keys.map((k) => k.kid)).toContain(header.kid);
    expect(keys.every((k) => k.d === undefined)).toBe(true);
    await expect(page.getByRole("region", { name: "Inspector" })).toContainText(header.kid);
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/login");
    await page.getByRole("radio", { name: "Server session" }).focus();
    await page.keyboard.press("ArrowRight"); // radio group: moves to Sealed cookie
    await expect(page.getByRole("radio", { name: "Sealed cookie" })).toBeChecked();
    await page.getByLabel("Password").focus();
    await page.keyboard.press("Enter"); // submits the login form
    await expect(page.getByTestId("login-notice")).toContainText("Logged in as ada with a sealed cookie");
    for (const [name, notice] of [
      ["Steal the cookie", "Copied"],
      ["Log out", "Logged out"],
      ["Replay the stolen copy", "Replay: Still accepted"],
    ]) {
      await page.getByRole("button", { name, exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("login-notice")).toContainText(notice!);
    }
    await expect(page.getByTestId("replay-verdict")).toContainText("Still accepted");
  });

  test("should have no axe violations after a replay, in light and dark mode", async ({ page }) => {
    await gotoHydrated(page, "/demos/login");
    await page.getByRole("button", { name: "Browse first", exact: true }).click();
    await stealLogoutReplay(page);
    await expect(page.getByTestId("replay-verdict")).toBeVisible();
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
