import { expect, test } from "@playwright/test";
import { lessons } from "../content/navigation";
import { axeViolations, axeViolationsInBothThemes } from "./a11y";

test.describe("lessons", () => {
  test("should list the thirteen lessons in order on /learn and pass axe", async ({ page }) => {
    await page.goto("/learn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Learn");
    const links = page.getByRole("main").getByRole("listitem").getByRole("link");
    await expect(links).toHaveText(lessons.map((l) => l.title));
    expect(await axeViolations(page)).toEqual([]);
  });

  test("should lead from the first lesson to the last through the Next links, and back through Previous", async ({ page }) => {
    test.slow(); // one page load per lesson, thirteen of them, on a machine that runs other specs beside it
    const pager = page.getByRole("navigation", { name: "Previous and next lesson" });
    await page.goto(`/learn/${lessons[0]!.slug}`);
    await expect(pager.getByRole("link", { name: /^Previous/ })).toHaveCount(0);
    for (const lesson of lessons.slice(1)) {
      await pager.getByRole("link", { name: /^Next/ }).click();
      await expect(page).toHaveURL(new RegExp(`/learn/${lesson.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
    }
    await expect(pager.getByRole("link", { name: /^Next/ })).toHaveCount(0);
    await pager.getByRole("link", { name: /^Previous/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lessons.at(-2)!.title);
  });

  for (const [i, lesson] of lessons.entries()) {
    test(`should render lesson ${i + 1}, ${lesson.slug}, with its table of contents, a demo, and no axe violations in light or dark`, async ({ page }) => {
      await page.goto(`/learn/${lesson.slug}`);
      await expect(page).toHaveTitle(new RegExp(`^${lesson.title} · `));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
      await expect(page.getByText(`Lesson ${i + 1} of ${lessons.length}`)).toBeVisible();
      await expect(page.getByRole("region", { name: "You will learn" }).getByRole("listitem").first()).toBeVisible();

      const toc = page.getByRole("complementary", { name: "Table of contents" }).getByRole("navigation", { name: "On this page" });
      const hrefs = await toc.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.length).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) {
        expect(href).toMatch(/^#[a-z0-9-]+$/);
        await expect(page.locator(`h2${href}, h3${href}`)).toHaveCount(1);
      }
      await toc.getByRole("link").last().click();
      await expect(page).toHaveURL(new RegExp(`${hrefs.at(-1)}$`));

      // Every placed demo runs in place, with a link to its own page.
      const placed = page.locator("[data-demo]");
      expect(await placed.count()).toBeGreaterThan(0);
      for (const demo of await placed.all()) {
        const id = await demo.getAttribute("data-demo");
        await expect(demo).toContainText("Live demo:");
        await expect(demo.getByRole("link", { name: "Open this demo on its own page" })).toHaveAttribute("href", `/demos/${id}`);
      }

      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    });
  }

  test("should run the cookie demo in place inside lesson 1", async ({ page }) => {
    await page.goto("/learn/why-state");
    const demo = page.locator('[data-demo="cookie-basics"]');
    await demo.getByRole("button", { name: "Set cookie" }).click();
    await expect(demo.getByTestId("set-cookie-line")).toHaveText(/Set-Cookie: demo_theme=dark/);
    await demo.getByRole("button", { name: "Read cookies" }).click();
    await expect(demo.getByLabel("Cookie request header")).toHaveText("Cookie: demo_theme=dark");
    await expect(demo.getByRole("link", { name: "Open this demo on its own page" })).toHaveAttribute("href", "/demos/cookie-basics");
  });

  test("should fold the table of contents away on a narrow screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/learn/cookies");
    await expect(page.getByRole("complementary", { name: "Table of contents" })).toBeHidden();
    const disclosure = page.locator("details", { has: page.getByText("On this page") }).first();
    const firstLink = disclosure.getByRole("link").first();
    await expect(firstLink).toBeHidden();
    await disclosure.getByText("On this page").click();
    await expect(firstLink).toBeVisible();
  });

  test("should leave a lesson's far prose unrendered until it nears the screen, and still land a contents link on its heading", async ({ page }) => {
    // app/globals.css: content-visibility: auto on the article's prose, to shorten the first layout.
    // The browser tells each such block when it starts or stops skipping its contents.
    await page.addInitScript(() => {
      const skipped = new Set<string>();
      (window as unknown as { __skipped: Set<string> }).__skipped = skipped;
      document.addEventListener(
        "contentvisibilityautostatechange",
        (event) => {
          const id = (event.target as Element).id;
          if ((event as Event & { skipped: boolean }).skipped) skipped.add(id);
          else skipped.delete(id);
        },
        true,
      );
    });
    const skipped = () => page.evaluate(() => [...(window as unknown as { __skipped: Set<string> }).__skipped]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/learn/sessions");
    const lastHeading = page.locator("article > h2").last();
    const id = (await lastHeading.getAttribute("id"))!;
    await expect.poll(skipped).toContain(id);

    const disclosure = page.locator("details", { has: page.getByText("On this page") }).first();
    await disclosure.getByText("On this page").click();
    await disclosure.locator(`a[href="#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(lastHeading).toBeInViewport();
    await expect.poll(skipped).not.toContain(id);
    const box = await lastHeading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(200);
  });

  test("should highlight the Express and Next.js code at build time, with our own files quoted", async ({ page }) => {
    await page.goto("/learn/express-and-nextjs");
    await expect(page.locator("figcaption", { hasText: "app/api/cookies/route.ts" })).toBeVisible();
    const code = page.locator("figure", { has: page.locator("figcaption", { hasText: "lib/api/state-routes.ts" }) }).locator("pre");
    await expect(code).toContainText("export function stateRoutes");
    expect(await code.locator("span[style*='--shiki-dark']").count()).toBeGreaterThan(10);
  });
});

test("should serve every lesson as prerendered HTML, already in the theme and language the cookies ask for", async ({ request }) => {
  for (const [cookie, html] of [
    ["", '<html lang="en">'],
    ["theme=dark; lang=fr", '<html lang="fr" class="dark" data-theme="dark">'],
    ["theme=light", '<html lang="en" class="light" data-theme="light">'],
  ]) {
    const res = await request.get("/learn/sessions", { headers: cookie ? { cookie } : {} });
    expect(res.headers()["x-nextjs-prerender"], cookie).toBeDefined();
    expect(await res.text(), cookie).toContain(html);
  }
});
