import { expect, test, type Page } from "@playwright/test";
import { glossary } from "../content/glossary";
import { lessons } from "../content/navigation";
import { quizzes } from "../content/quizzes";
import { axeViolationsInBothThemes } from "./a11y";

const WIDTHS = [375, 1280] as const;
const cookiesQuiz = quizzes.cookies!;

/** Whether the page scrolls sideways (it must not, at any width). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

async function answer(page: Page, questionIndex: number, choiceText: string) {
  const q = cookiesQuiz[questionIndex]!;
  const group = page.getByRole("group", { name: `${questionIndex + 1}. ${q.prompt}` });
  await group.getByRole("radio", { name: choiceText, exact: true }).check();
  return page.getByTestId(`feedback-${q.id}`);
}

test.describe("self-checks", () => {
  test("should explain a wrong and a right answer at once, call the lesson done when all are right, and keep the answers in this browser", async ({ page }) => {
    await page.goto("/learn/cookies");
    const check = page.getByTestId("self-check");
    await expect(check.getByRole("heading", { name: "Check yourself" })).toBeVisible();
    await expect(check).toContainText("localStorage");
    await expect(check.getByRole("group")).toHaveCount(cookiesQuiz.length);

    const first = cookiesQuiz[0]!;
    const wrong = first.choices.find((c) => !c.correct)!;
    const right = first.choices.find((c) => c.correct)!;
    await expect(await answer(page, 0, wrong.text)).toHaveText(`✗ ${wrong.why}`);
    await expect(check.getByTestId("self-check-status")).toHaveText(new RegExp(`0 of ${cookiesQuiz.length} right so far`));
    await expect(await answer(page, 0, right.text)).toHaveText(`✓ ${right.why}`);
    await check.getByText("Why each answer is right or wrong").first().click();
    for (const c of first.choices) await expect(check.getByRole("group").first()).toContainText(c.why);

    for (const [i, q] of cookiesQuiz.entries()) if (i > 0) await answer(page, i, q.choices.find((c) => c.correct)!.text);
    await expect(check.getByTestId("self-check-status")).toContainText(`Lesson done: all ${cookiesQuiz.length} answers right.`);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });

    // Kept in this browser: a reload shows the same answers.
    await page.reload();
    await expect(page.getByTestId("self-check").getByRole("group").first().getByRole("radio", { name: right.text, exact: true })).toBeChecked();
  });

  test("should show on /learn which lessons are done, what is stored, and clear it all", async ({ page }) => {
    const first = cookiesQuiz[0]!;
    const rightAnswers = Object.fromEntries(cookiesQuiz.map((q) => [q.id, q.choices.findIndex((c) => c.correct)]));
    await page.goto("/learn");
    await expect(page.getByTestId("progress-summary")).toContainText(`0 of ${lessons.length} lessons done.`);
    await page.evaluate((p) => localStorage.setItem("lab-self-check", JSON.stringify(p)), { cookies: rightAnswers });
    await page.reload();
    await expect(page.getByTestId("done-cookies")).toHaveText("✓ Done");
    await expect(page.getByTestId("done-why-state")).toHaveText("");
    await expect(page.getByTestId("progress-summary")).toContainText(`1 of ${lessons.length} lessons done.`);
    await page.getByText("What is stored").click();
    await expect(page.getByTestId("progress-raw")).toContainText(`"cookies":{"${first.id}":${rightAnswers[first.id]}`);
    await page.getByRole("button", { name: "Clear all my answers" }).click();
    await expect(page.getByTestId("done-cookies")).toHaveText("");
    await expect(page.getByTestId("progress-summary")).toContainText(`0 of ${lessons.length} lessons done.`);
    expect(await page.evaluate(() => localStorage.getItem("lab-self-check"))).toBeNull();
  });

  test("should be answerable with the keyboard alone: arrow keys move through the choices, each with its feedback", async ({ page }) => {
    await page.goto("/learn/expiry");
    const q = quizzes.expiry![0]!;
    const group = page.getByRole("group", { name: `1. ${q.prompt}` });
    await group.getByRole("radio").first().focus();
    await page.keyboard.press("Space");
    await expect(page.getByTestId(`feedback-${q.id}`)).toHaveText(new RegExp(q.choices[0]!.why.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await page.keyboard.press("ArrowDown");
    await expect(group.getByRole("radio").nth(1)).toBeChecked();
    await expect(page.getByTestId(`feedback-${q.id}`)).toContainText(q.choices[1]!.why);
    await page.getByRole("button", { name: "Clear my answers to this lesson" }).click();
    await expect(group.getByRole("radio").nth(1)).not.toBeChecked();
    await expect(page.getByTestId(`feedback-${q.id}`)).toHaveText("");
  });

  test("should send /learn without any done mark, and add the marks after hydration without moving the cards", async ({ page, request }) => {
    const html = await (await request.get("/learn")).text();
    expect(html).not.toContain("✓ <!-- -->Done");
    expect(html).not.toMatch(/data-testid="done-[a-z-]+"[^>]*>[^<]/);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/learn");
    const boxes = async () => Promise.all(lessons.map((l) => page.locator("li", { has: page.getByTestId(`done-${l.slug}`) }).boundingBox()));
    const before = await boxes();
    const all = Object.fromEntries(
      lessons.map((l) => [l.slug, Object.fromEntries(quizzes[l.slug]!.map((q) => [q.id, q.choices.findIndex((c) => c.correct)]))]),
    );
    await page.evaluate((p) => localStorage.setItem("lab-self-check", JSON.stringify(p)), all);
    await page.reload();
    for (const l of lessons) await expect(page.getByTestId(`done-${l.slug}`)).toHaveText("✓ Done");
    expect(await boxes()).toEqual(before);
    expect(await overflows(page)).toBe(false);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  test("should ignore progress in localStorage that is not its own shape", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("lab-self-check", "{not json"));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/learn");
    await expect(page.getByTestId("progress-summary")).toContainText(`0 of ${lessons.length} lessons done.`);
    expect(errors).toEqual([]);
  });
});

test.describe("glossary", () => {
  for (const width of WIDTHS) {
    test(`should define every term with a link to where it is taught, at ${width} px, with no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/glossary");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
      await expect(page.locator("dt")).toHaveCount(glossary.length);
      const csrf = page.locator("#csrf");
      await expect(csrf.locator("dt")).toHaveText("CSRF (cross-site request forgery)");
      await expect(csrf.getByRole("link")).toHaveAttribute("href", "/learn/security#csrf");
      await expect(csrf.getByRole("link")).toHaveText("Security: CSRF and SameSite");
      expect(await overflows(page)).toBe(false);
      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    });
  }

  test("should link a term's first use in a lesson to its entry, and lead from there back to the lesson section", async ({ page }) => {
    await page.goto("/learn/security");
    const terms = page.locator("article [data-glossary]");
    await expect(terms.first()).toBeVisible();
    const ids = await terms.evaluateAll((as) => as.map((a) => a.getAttribute("data-glossary")));
    expect(new Set(ids).size).toBe(ids.length);
    const csrf = page.locator('article [data-glossary="csrf"]');
    await expect(csrf).toHaveCount(1);
    await csrf.click();
    await expect(page).toHaveURL(/\/glossary#csrf$/);
    await expect(page.locator("#csrf")).toBeInViewport();
    await page.locator("#csrf").getByRole("link").click();
    await expect(page).toHaveURL(/\/learn\/security#csrf$/);
    await expect(page.locator("h2#csrf")).toBeInViewport();
  });
});

test.describe("cheat sheet", () => {
  for (const width of WIDTHS) {
    test(`should show attributes, prefixes, limits and the four mechanisms at ${width} px, with no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/cheat-sheet");
      for (const name of ["Set-Cookie attributes", "Name prefixes", "Limits", "The four ways to keep state"]) {
        await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
      }
      const prefixes = page.getByRole("region", { name: /^Name prefixes/ });
      for (const p of ["__Secure-", "__Host-", "__Http-", "__Host-Http-"])
        await expect(prefixes.getByRole("rowheader", { name: p, exact: true })).toBeVisible();
      const limits = page.getByRole("region", { name: /^Limits/ });
      await expect(limits.getByRole("row", { name: /Name and value together/ })).toContainText("4096 bytes");
      await expect(limits.getByRole("row", { name: /One attribute's value/ })).toContainText("1024 bytes");
      await expect(limits.getByRole("row", { name: /Lifetime/ })).toContainText("400 days");
      await expect(limits.getByRole("row", { name: /Chromium/ })).toContainText("180");
      await expect(page.getByRole("region", { name: /^The four ways/ }).getByRole("rowheader")).toHaveText([
        "Raw cookie",
        "Sealed cookie (iron-session)",
        "Signed token (JWT)",
        "Server-side session",
      ]);
      expect(await overflows(page)).toBe(false);
      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    });
  }

  test("should print black on white without the site's header and footer, and keep each table on one page", async ({ page, context, baseURL }) => {
    // The dark theme chosen on the site: print still comes out black on white.
    await context.addCookies([{ name: "theme", value: "dark", url: baseURL! }]);
    await page.goto("/cheat-sheet");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    const look = await page.evaluate(() => {
      const style = (el: Element) => getComputedStyle(el);
      return {
        body: style(document.body).backgroundColor,
        h1: style(document.querySelector("h1")!).color,
        cell: style(document.querySelector("td")!).color,
        tables: [...document.querySelectorAll("table")].map((t) => style(t).breakInside),
      };
    });
    expect(look.body).toBe("rgb(255, 255, 255)");
    expect(look.h1).toBe("rgb(0, 0, 0)");
    expect(look.cell).toBe("rgb(0, 0, 0)");
    expect(look.tables.length).toBe(4);
    expect(new Set(look.tables)).toEqual(new Set(["avoid"]));
  });
});

test.describe("search", () => {
  for (const width of WIDTHS) {
    test(`should find the lesson, the demo and the glossary entry for a term as it is typed, at ${width} px, from the static index alone`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const requests: string[] = [];
      page.on("request", (r) => {
        // Scripts, and Next.js prefetching the pages the results link to (RSC requests), are not searches.
        if (!r.url().includes("/_next/static/") && !r.headers()["rsc"]) requests.push(new URL(r.url()).pathname);
      });
      await page.goto("/search");
      const box = page.getByRole("searchbox", { name: "Search the lessons, demos and glossary" });
      await box.pressSequentially("SameSite");
      await expect(page.getByTestId("search-status")).toHaveText(/results? for “SameSite”/);
      const results = page.getByRole("list", { name: "Search results" });
      await expect(results.getByRole("link", { name: "SameSite", exact: true }).first()).toBeVisible();
      const hrefs = await results.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs[0]).toBe("/glossary#samesite");
      expect(hrefs).toContain("/learn/cookie-attributes#samesite");
      expect(hrefs).toContain("/demos/attributes");
      // No request per keystroke: the page itself, then the index, once.
      expect(requests.filter((p) => p !== "/search")).toEqual(["/search-index.json"]);
      await expect(page).toHaveURL(/\/search\?q=SameSite$/);
      expect(await overflows(page)).toBe(false);
      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });

      // The keyboard goes from the box to the results, and a result leads to its page.
      await box.focus();
      await page.keyboard.press("Tab");
      await expect(results.getByRole("link").first()).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/glossary#samesite$/);
    });
  }

  test("should run a search given in the URL, and say so when nothing matches", async ({ page }) => {
    await page.goto("/search?q=fixation");
    const box = page.getByRole("searchbox", { name: "Search the lessons, demos and glossary" });
    await expect(box).toHaveValue("fixation");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: "Session fixation" }).first()).toBeVisible();
    await box.fill("zzzqqq");
    await expect(page.getByTestId("search-status")).toHaveText("Nothing found for “zzzqqq”. Try a shorter word, or browse the glossary.");
    await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);
  });

  test("should serve the index as a static JSON file with the site's security headers", async ({ request }) => {
    const res = await request.get("/search-index.json");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    const index = (await res.json()) as { kind: string; href: string }[];
    expect(index.filter((e) => e.kind === "lesson")).toHaveLength(lessons.length);
    expect(index.filter((e) => e.kind === "glossary")).toHaveLength(glossary.length);
  });
});

test.describe("demos and lessons", () => {
  test("should link each demo card to the lessons that place it, and land on the demo inside the lesson", async ({ page }) => {
    await page.goto("/demos");
    const login = page.getByTestId("used-in-login");
    await expect(login.getByRole("link")).toHaveText(["The login flow", "Security"]);
    await expect(login.getByRole("link").first()).toHaveAttribute("href", "/learn/login-flow#demo-login");
    await login.getByRole("link", { name: "Security" }).click();
    await expect(page).toHaveURL(/\/learn\/security#demo-login$/);
    await expect(page.locator("#demo-login")).toBeInViewport();
  });

  test("should lead from the footer and from /learn to the glossary, cheat sheet and search", async ({ page }) => {
    await page.goto("/demos");
    const footer = page.getByRole("contentinfo").getByRole("navigation", { name: "Study aids" });
    await expect(footer.getByRole("link")).toHaveText(["Glossary", "Cheat sheet", "Search"]);
    await footer.getByRole("link", { name: "Cheat sheet" }).click();
    await expect(page).toHaveURL(/\/cheat-sheet$/);
    await page.goto("/learn");
    await page.getByRole("main").getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search$/);
  });
});

test("should load the study pages without a console error or a Content-Security-Policy violation", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const path of ["/glossary", "/cheat-sheet", "/search?q=jwt", "/learn", "/learn/cookies"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await expect(page.getByTestId("self-check")).toBeVisible();
  expect(problems).toEqual([]);
});
