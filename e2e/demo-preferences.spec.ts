import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./a11y";

/** The body's computed background as RGB, through a canvas, whatever colour syntax the CSS used. */
async function bodyBackground(page: Page): Promise<[number, number, number]> {
  return page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!];
  });
}
const isDark = ([r, g, b]: [number, number, number]) => r + g + b < 150;

/** Opens the demo and waits until it has read the <html> tag the server sent (it is then interactive). */
async function open(page: Page) {
  await page.goto("/demos/preferences");
  await expect(page.getByTestId("served-html")).toHaveText(/^<html /);
}

test.describe("preferences demo", () => {
  test("should send the dark theme in the server's HTML, so the page is dark from the first paint", async ({ page, context, request, baseURL }) => {
    // No flash: the HTML itself, before any script runs, already carries the theme and language.
    const html = await (await request.get("/demos/preferences", { headers: { cookie: "theme=dark; lang=fr" } })).text();
    expect(html).toMatch(/<html lang="fr" class="dark" data-theme="dark">/);
    expect(html).toContain("Aller au contenu");

    await context.addCookies([{ name: "theme", value: "dark", url: baseURL! }]);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/demos/preferences", { waitUntil: "commit" });
    await page.waitForLoadState("domcontentloaded");
    expect(isDark(await bodyBackground(page))).toBe(true);
  });

  test("should save a theme and language in cookies and render the next page with them", async ({ page, context }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/demos/preferences");
    await expect(page.getByTestId("served-html")).toHaveText('<html lang="en">');
    expect(isDark(await bodyBackground(page))).toBe(false);

    await page.getByRole("radio", { name: "Dark" }).check();
    await page.getByRole("radio", { name: "Français" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    const inspector = page.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByTestId("set-cookie-line").first()).toContainText("theme=dark; Path=/; SameSite=Lax");
    await expect(inspector.getByTestId("set-cookie-line").nth(1)).toContainText("lang=fr; Path=/; SameSite=Lax");
    await expect(page.getByTestId("greeting")).toHaveText("Bienvenue au labo !");

    await page.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByTestId("served-html")).toHaveText('<html lang="fr" class="dark" data-theme="dark">');
    expect(isDark(await bodyBackground(page))).toBe(true);
    // Every page of the site honours it, not just the demo.
    await page.goto("/");
    expect(isDark(await bodyBackground(page))).toBe(true);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    expect((await context.cookies()).map((c) => `${c.name}=${c.value}`).sort()).toEqual(["lang=fr", "theme=dark"]);
  });

  test("should follow the device when the theme is system, and a light cookie should beat a dark device", async ({ page, context, baseURL }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/demos/preferences");
    expect(isDark(await bodyBackground(page))).toBe(true);
    await context.addCookies([{ name: "theme", value: "light", url: baseURL! }]);
    await page.reload();
    expect(isDark(await bodyBackground(page))).toBe(false);
  });

  test("should ignore a theme cookie it does not know, and refuse to set one", async ({ page, context, request, baseURL }) => {
    await context.addCookies([{ name: "theme", value: "purple", url: baseURL! }]);
    await page.goto("/demos/preferences");
    await expect(page.getByTestId("served-html")).toHaveText('<html lang="en">');
    const res = await request.post("/api/preferences", { data: { theme: "purple" } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "invalid_body", message: "theme must be light, dark or system." });
    expect(res.headers()["set-cookie"]).toBeUndefined();
  });

  test("should clear both cookies and go back to the device's theme in English", async ({ page, context }) => {
    await open(page);
    await page.getByRole("radio", { name: "Français" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("greeting")).toHaveText("Bienvenue au labo !");
    await page.getByRole("button", { name: "Clear preferences" }).click();
    await expect(page.getByTestId("greeting")).toHaveText("Welcome to the lab!");
    expect(await context.cookies()).toEqual([]);
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await open(page);
    await page.getByRole("radio", { name: "Light" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
    await page.keyboard.press("Enter"); // submits the form
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Save preferences: status 200, 2 Set-Cookie lines");
    expect(await page.locator("html").getAttribute("class")).toBe("dark");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`should have no axe violations in ${scheme} mode, by device and by cookie`, async ({ page, context, baseURL }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("status 200");
      expect(await axeViolations(page)).toEqual([]);
      await context.addCookies([{ name: "theme", value: scheme, url: baseURL! }]);
      await page.goto("/demos/preferences");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
