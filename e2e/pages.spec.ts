import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./a11y";
import { demoMetas } from "../components/demos/metas";
import { lessons } from "../content/navigation";

test("should explain the site on the home page and lead into the first lesson", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How do websites remember you?");
  await expect(page.getByRole("table")).toContainText("Server-side session");
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Start with lesson 1: Why state at all" }).click();
  await expect(page).toHaveURL(/\/learn\/why-state$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why state at all");
});

test("should list every demo on /demos", async ({ page }) => {
  await page.goto("/demos");
  await expect(page.getByRole("link", { name: /Cookie basics/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("should answer 404 for a demo that does not exist", async ({ page }) => {
  const res = await page.goto("/demos/no-such-demo");
  expect(res?.status()).toBe(404);
});

test("should send security headers and refuse to be framed", async ({ request }) => {
  for (const path of ["/", "/demos/cookie-basics", "/api/cookies"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
});

/** Collects the page's console errors, uncaught errors and Content-Security-Policy violations. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
}

// One test per group of pages, so that the groups load side by side.
test("should load the home, index and explainer pages without a console error or a Content-Security-Policy violation", async ({ page }) => {
  const problems = await watchProblems(page);
  await visitAll(page, ["/", "/demos", "/learn", "/tools/explain"]);
  expect(problems).toEqual([]);
});

for (const [group, index, count] of [
  ["demo", "/demos", demoMetas.length],
  ["lesson", "/learn", lessons.length],
] as const) {
  test(`should load every ${group} page listed on ${index} without a console error or a Content-Security-Policy violation`, async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto(index);
    const hrefs = await page.locator(`main a[href^="${index}/"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const paths = [...new Set(hrefs)];
    expect(paths).toHaveLength(count);
    await visitAll(page, paths);
    expect(problems).toEqual([]);
  });
}

test("should send pages as private to the browser, since they vary by the theme and lang cookies, and keep static files cacheable", async ({
  request,
  page,
}) => {
  for (const path of ["/", "/learn/cookies", "/demos/cookie-basics", "/embed/cookie-basics?theme=dark"]) {
    for (const cookie of ["", "theme=dark; lang=fr"]) {
      const res = await request.get(path, { headers: cookie ? { cookie } : {} });
      expect(res.status(), path).toBe(200);
      // No s-maxage: a CDN in front would otherwise serve one visitor's theme and language to all.
      expect(res.headers()["cache-control"], `${path} with "${cookie}"`).toBe("private, no-cache");
    }
  }
  expect((await request.get("/api/cookies")).headers()["cache-control"]).toBe("no-store");
  await page.goto("/");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  expect((await request.get(script!)).headers()["cache-control"]).toContain("immutable");
});
