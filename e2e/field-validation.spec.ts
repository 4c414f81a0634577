import { expect, test } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

// Issue 19, points 6 and 11: a form says what is wrong at the field, as the learner types, with the
// server's own rules (lib/validations/cookie-fields.ts), and the server's answer still reaches the inspector.
test.describe("field validation", () => {
  test("should mark a bad cookie name at the field as it is typed, in the server's words, and still show the server's refusal", async ({ page }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    const name = page.getByLabel("Cookie name");
    await expect(name).toHaveAccessibleDescription(/! # \$ % & ' \* \+ - \. \^ _ ` \| ~/);
    await expect(name).not.toHaveAttribute("aria-invalid");

    await name.fill("bad name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    const sentence = 'The cookie name "bad name" is not allowed: a name may only use letters, digits and';
    await expect(name).toHaveAccessibleDescription(new RegExp(sentence));
    await expect(page.getByTestId("field-error")).toContainText(sentence);

    // Sending it anyway shows the server refusing it with the same sentence.
    await page.getByRole("button", { name: "Set cookie" }).click();
    const inspector = page.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByRole("status")).toContainText("status 400");
    await expect(inspector).toContainText(sentence);

    // A token character the old hint ruled out is one the server takes: no error.
    await name.fill("pref!v2");
    await expect(name).not.toHaveAttribute("aria-invalid");
    await expect(page.getByTestId("field-error")).toHaveCount(0);
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(inspector.getByRole("status")).toContainText("Set pref!v2: status 200");
  });

  test("should mark a bad value and a bad path, and stay axe-clean while they are marked", async ({ page }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    await page.getByLabel("Value", { exact: true }).fill("a b");
    await page.getByLabel("Path").fill("/a;b");
    await expect(page.getByLabel("Value", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Path")).toHaveAccessibleDescription(/The Path "\/a;b" cannot be sent in a Set-Cookie header/);
    await expect(page.getByTestId("field-error")).toHaveCount(2);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  test("should check the prefixed name in the attributes demo", async ({ page }) => {
    await gotoHydrated(page, "/demos/attributes");
    await page.getByLabel("Cookie name").fill("a=b");
    await expect(page.getByLabel("Cookie name")).toHaveAccessibleDescription(/The cookie name "a=b" is not allowed/);
    await page.getByLabel("Domain").fill("exa mple.com");
    await expect(page.getByLabel("Domain")).toHaveAttribute("aria-invalid", "true");
  });

  test("should say why a disabled button is disabled, not show an hourglass", async ({ page }) => {
    await gotoHydrated(page, "/demos/login");
    const steal = page.getByRole("button", { name: "Steal the cookie" });
    await expect(steal).toBeDisabled();
    await expect(steal).toHaveAccessibleDescription("Log in first: there is no cookie to copy yet.");
    expect(await steal.evaluate((b) => getComputedStyle(b).cursor)).toBe("not-allowed");
  });

  test("should warn in the instructors' builder about an initial name the embed would ignore, and keep it out of the snippet", async ({ page, baseURL }) => {
    await gotoHydrated(page, "/instructors");
    const name = page.getByLabel("Initial name");
    await name.fill("bad name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("initial-name-error")).toContainText('The cookie name "bad name" is not allowed');
    await expect(page.getByTestId("initial-name-error")).toContainText("the snippet and the link leave it out");
    await expect(page.getByTestId("embed-link")).toHaveValue(`${baseURL}/embed/cookie-basics`);
    await expect(page.getByTestId("iframe-snippet")).not.toHaveValue(/name=/);

    await name.fill("lang");
    await expect(name).not.toHaveAttribute("aria-invalid");
    await expect(page.getByTestId("initial-name-error")).toHaveCount(0);
    await expect(page.getByTestId("embed-link")).toHaveValue(`${baseURL}/embed/cookie-basics?name=lang`);
  });
});
