import { expect, test } from "@playwright/test";
import { axeViolations, axeViolationsInBothThemes } from "./a11y";

// lang=fr translates the site's chrome; lessons, demos and tools stay in English and say so.
test.describe("the site in French (lang=fr cookie)", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "lang", value: "fr", url: baseURL! }]);
  });

  test("should show the home page's chrome, headings and intro in French, with no axe violations (light and dark)", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveTitle("Cookie & Session Lab : cookies et sessions, côte à côte");
    await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeAttached();
    const nav = page.getByRole("navigation", { name: "Principale" });
    await expect(nav.getByRole("link")).toHaveText(["Accueil", "Apprendre", "Démos", "Explicateur", "Enseignants"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comment les sites se souviennent-ils de vous ?");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Quatre façons de garder un état");
    await expect(page.getByRole("columnheader")).toHaveText([
      "Mécanisme",
      "Où vivent les données",
      "Ce que garde le navigateur",
      "Le serveur peut-il le révoquer ?",
      "Taille",
    ]);
    await expect(page.getByTestId("content-note")).toHaveText(
      "Les leçons, les démos et l'explicateur sont en anglais ; les menus, l'accueil et les pages d'index sont traduits.",
    );
    await expect(page.getByRole("contentinfo")).toContainText("Chaque démo dépose de vrais cookies dans votre navigateur, pour ce site seulement.");
    // The first lesson's title stays English, and is marked so.
    const start = page.getByRole("link", { name: "Commencer par la leçon 1 : Why state at all" });
    await expect(start.locator('[lang="en"]')).toHaveText("Why state at all");
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  test("should show /demos with a French title and intro, and the demos themselves marked as English", async ({ page }) => {
    await page.goto("/demos");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveTitle("Démos · Cookie & Session Lab");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Démos en direct");
    await expect(page.getByRole("main")).toContainText("Chaque démo envoie de vraies requêtes à l'API de ce site");
    await expect(page.getByRole("list").filter({ hasText: "Cookie basics" })).toHaveAttribute("lang", "en");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("should give /learn and /instructors French titles and intros", async ({ page }) => {
    await page.goto("/learn");
    await expect(page).toHaveTitle("Apprendre · Cookie & Session Lab");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apprendre");
    await expect(page.getByRole("main")).toContainText("Treize leçons courtes, dans l'ordre");
    await page.goto("/instructors");
    await expect(page).toHaveTitle("Pour les enseignants : intégrer une démo · Cookie & Session Lab");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pour les enseignants : intégrer une démo");
    await expect(page.getByRole("main")).toContainText("Chaque démo fonctionne dans votre propre page de cours");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("should keep a demo in English inside the French chrome, with the theme and language controls in French", async ({ page }) => {
    await page.goto("/demos/preferences");
    await expect(page.getByRole("navigation", { name: "Principale" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Thème" }).getByRole("radio", { name: "Sombre" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Langue" }).getByRole("radio", { name: "English" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Enregistrer" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Inspector" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("should keep the chrome in English without the cookie", async ({ page }) => {
  await page.goto("/demos");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("Demos · Cookie & Session Lab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(["Home", "Learn", "Demos", "Explainer", "Instructors"]);
  await expect(page.getByTestId("content-note")).toHaveCount(0);
});
