import { expect, test, type Page } from "@playwright/test";
import { axeViolations, axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated, waitForHydration } from "./hydration";

/**
 * The CSRF demo end to end in Chromium: the attacker's page is the lab itself under 127.0.0.1, a
 * different site from the lab's localhost, and its form post is a real cross-site top-level POST.
 */

async function startAccount(page: Page, cookie: string, defence: string) {
  await gotoHydrated(page, "/demos/csrf");
  await page.getByLabel("Your demo cookie").selectOption(cookie);
  await page.getByLabel("The server's defence").selectOption(defence);
  await page.getByRole("button", { name: "Start account", exact: true }).click();
  await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Start account: status 200, 1 Set-Cookie line");
}

/** Opens the attacker's page from the demo, presses its button, and waits to be back on the demo. */
async function beTheVictim(page: Page) {
  await page.getByRole("link", { name: "Open the attacker's page" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/api\/csrf\/attacker\?lab=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Congratulations, you won a prize!");
  await page.getByRole("button", { name: "Claim my prize" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/demos\/csrf#forged=/);
  await waitForHydration(page);
}

const verdict = (page: Page) => page.getByTestId("forged-verdict");
const account = (page: Page) => page.getByRole("region", { name: "Inspector" }).getByTestId("server-summary");

test.describe("CSRF demo", () => {
  test("should let the attacker's page change the email when the cookie is SameSite=None and the defence is off", async ({ page }) => {
    // Two pages, a cross-site round trip and three axe runs: more than the default 30 s on a loaded machine.
    test.setTimeout(60_000);
    await startAccount(page, "None", "none");
    expect(await axeViolations(page)).toEqual([]);
    await beTheVictim(page);
    await expect(verdict(page)).toHaveText("The forged request arrived with your demo cookie and the lab obeyed it: your email is now the attacker's.");
    const forged = page.getByRole("region", { name: "The forged request" });
    await expect(forged.getByLabel("Cookie request header")).toHaveText(/^Cookie: __Host-lab_csrf=\.\.\./);
    await expect(forged.getByTestId("server-summary")).toHaveText("The email changed from you@learner.example to attacker@evil.example.");
    await expect(forged).toContainText('"secFetchSite": "cross-site"');
    await expect(account(page)).toHaveText("Your demo account's email is attacker@evil.example.");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  test("should refuse the forged post with the Origin check, although the SameSite=None cookie came along", async ({ page }) => {
    await startAccount(page, "None", "origin");
    await beTheVictim(page);
    await expect(verdict(page)).toContainText("The forged request arrived with your demo cookie and the lab refused it (403 cross_site_request)");
    await expect(account(page)).toHaveText("Your demo account's email is you@learner.example.");
  });

  test("should refuse the forged post without the CSRF token, while the lab's own page changes the email with it", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await startAccount(page, "None", "token");
    await beTheVictim(page);
    await expect(verdict(page)).toContainText("(403 csrf_token_missing)");
    await expect(account(page)).toHaveText("Your demo account's email is you@learner.example.");
    await page.getByLabel("New email").fill("me@home.example");
    await page.getByRole("button", { name: "Change email from this page" }).click();
    await expect(page.getByRole("region", { name: "Inspector" }).getByTestId("server-summary")).toHaveText(
      "The email changed from you@learner.example to me@home.example.",
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test("should see the forged post arrive without the cookie when it is SameSite=Lax, so there is no account to change", async ({ page }) => {
    await startAccount(page, "Lax", "none");
    await beTheVictim(page);
    await expect(verdict(page)).toContainText("The forged request arrived without your demo cookie and the lab refused it (401 no_account)");
    await expect(account(page)).toHaveText("Your demo account's email is you@learner.example.");
  });

  test("should be reachable from the security lesson", async ({ page }) => {
    await page.goto("/learn/security#same-site");
    await expect(page.getByRole("heading", { name: "Same site, other origin" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Cookie tossing and shadowing" })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Live demo: CSRF: another site's page changes your account" })).toBeVisible();
  });
});
