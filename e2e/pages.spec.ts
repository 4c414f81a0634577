import { expect, test } from "@playwright/test";
import { axeViolations } from "./a11y";

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

test("should load every page without a console error or a Content-Security-Policy violation", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`${page.url()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`${page.url()}: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const linksOn = async (index: string, prefix: string) => {
    await page.goto(index);
    const hrefs = await page.locator(`main a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    return [...new Set(hrefs)];
  };
  const demos = await linksOn("/demos", "/demos/");
  const lessons = await linksOn("/learn", "/learn/");
  expect(demos).toHaveLength(12);
  expect(lessons).toHaveLength(12);
  const paths = ["/", "/demos", "/learn", "/tools/explain", ...demos, ...lessons];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(problems).toEqual([]);
});
