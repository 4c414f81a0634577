import { expect, test, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

async function issue(page: Page) {
  await gotoHydrated(page, "/demos/tamper");
  await page.getByRole("button", { name: "Issue the four cookies" }).click();
  await expect(page.getByTestId("tamper-notice")).toContainText("Four lab cookies issued");
}

test.describe("tamper lab demo", () => {
  test("should accept all four untouched cookies as ada with the role user", async ({ page, context }) => {
    await issue(page);
    await expect(page.getByLabel("Value of lab_raw")).toHaveValue("user=ada&role=user");
    await expect(page.getByLabel("Decoded JWT payload")).toContainText('"role": "user"');
    const jar = await context.cookies();
    expect(jar.map((c) => [c.name, c.httpOnly]).sort()).toEqual([
      ["lab_jwt", false],
      ["lab_raw", false],
      ["lab_sealed", false],
      ["lab_sid", false],
    ]);

    await page.getByRole("button", { name: "Ask the server: who am I?" }).click();
    for (const m of ["cookie", "sealed", "jwt", "server"]) await expect(page.getByTestId(`verdict-${m}`)).toContainText("Accepted: you are ada, role user");
  });

  test("should believe the edited raw cookie and refuse the edited seal, JWT and session ID, each with its reason", async ({ page, context }) => {
    await issue(page);
    await page.getByRole("button", { name: "Make me admin (Raw cookie)" }).click();
    await page.getByRole("button", { name: "Change one character (Sealed cookie (iron-session))" }).click();
    await page.getByRole("button", { name: "Make me admin (keep the old signature) (JWT (HS256))" }).click();
    await page.getByRole("button", { name: "Change one character (Server session ID)" }).click();
    // The forged payload is readable in the page before the server ever sees it.
    await expect(page.getByLabel("Decoded JWT payload")).toContainText('"role": "admin"');
    await page.getByRole("button", { name: "Ask the server: who am I?" }).click();

    // One colour language (issue 19, point 7): the forgery believed is a security failure, in red;
    // each refusal is the defence holding, what the learner wants, in green.
    await expect(page.getByTestId("verdict-cookie")).toContainText("Fooled: the server takes you for ada, role admin");
    await expect(page.getByTestId("verdict-cookie")).toContainText(
      "The lab issued user=ada, role=user; the server now acts on user=ada, role=admin, a claim nobody issued. Believed as sent",
    );
    await expect(page.getByTestId("verdict-cookie")).toHaveAttribute("data-tone", "failure");
    await expect(page.getByTestId("verdict-cookie")).toHaveClass(/bg-red-50/);
    for (const m of ["sealed", "jwt", "server"]) await expect(page.getByTestId(`verdict-${m}`)).toHaveAttribute("data-tone", "wanted");
    await expect(page.getByTestId("verdict-sealed")).toContainText("Refused: unreadable");
    await expect(page.getByTestId("verdict-jwt")).toContainText("Refused: the signature does not match");
    await expect(page.getByTestId("verdict-jwt")).toContainText("Yet its payload is still readable by anyone");
    await expect(page.getByTestId("verdict-server")).toContainText("Refused: unknown session");
    await expect(page.getByTestId("tamper-notice")).toContainText("Server verdicts: Raw cookie: Fooled: the server takes you for ada, role admin");

    // The edits really went to the browser's cookies, and on the wire.
    const inspector = page.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByLabel("Cookie request header")).toContainText("lab_raw=user=ada&role=admin");
    expect((await context.cookies()).find((c) => c.name === "lab_raw")?.value).toBe("user=ada&role=admin");
  });

  test("should refuse to write a value a cookie cannot hold, and say why", async ({ page }) => {
    await issue(page);
    await page.getByLabel("Value of lab_raw").fill("user=ada; role=admin");
    await page.getByRole("button", { name: "Ask the server: who am I?" }).click();
    await expect(page.getByTestId("tamper-notice")).toContainText("has a character a cookie cannot hold");
    await expect(page.getByTestId("verdict-cookie")).toHaveCount(0);
  });

  test("should say every cookie is missing after the lab is reset", async ({ page, context }) => {
    await issue(page);
    await page.getByRole("button", { name: "Reset the lab" }).click();
    await expect(page.getByTestId("tamper-notice")).toContainText("lab session is deleted");
    expect(await context.cookies()).toEqual([]);
    await page.getByRole("button", { name: "Ask the server: who am I?" }).click();
    await expect(page.getByTestId("verdict-sealed")).toContainText("Not sent");
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await gotoHydrated(page, "/demos/tamper");
    await page.getByRole("button", { name: "Issue the four cookies" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("tamper-notice")).toContainText("Four lab cookies issued");
    await page.getByLabel("Value of lab_raw").focus();
    await page.keyboard.press("Tab"); // to its quick edit
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Value of lab_raw")).toHaveValue("user=ada&role=admin");
    await page.getByRole("button", { name: "Ask the server: who am I?" }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("verdict-cookie")).toContainText("role admin");
  });

  test("should have no axe violations with verdicts shown, in light and dark mode", async ({ page }) => {
    await issue(page);
    await page.getByRole("button", { name: "Change one character (Server session ID)" }).click();
    await page.getByRole("button", { name: "Ask the server: who am I?" }).click();
    await expect(page.getByTestId("verdict-server")).toContainText("Refused");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});
