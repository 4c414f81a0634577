import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test";
import { holdScripts } from "./hold-scripts";
import { gotoHydrated, waitForHydration } from "./hydration";

/**
 * Words only one demo's code holds (a button, a step's label), one per demo: a script that
 * contains them carries that demo. components/demos/demo-code.tsx gives each demo a chunk of its
 * own, so a page loads the demos it shows and no other.
 */
const MARKERS: Record<string, string> = {
  "cookie-basics": "Cookie name", // also in the attributes demo's form, which never loads alongside it here
  preferences: "Save preferences",
  attributes: "Read at ",
  "size-limit": "In a server session: a megabyte",
  cart: "Empty both carts",
  "session-basics": "Destroy session",
  stores: "Write to every store",
  mechanisms: "Store it four ways",
  login: "Replay the stolen copy",
  tamper: "Issue the four cookies",
  csrf: "Change email from this page",
  expiry: "Rolling renewal",
  tabs: "Write the note to the session",
  devices: "Log out other devices",
};

/**
 * Every script the page fetches (script tags, preloads, chunks imported later), by body: the
 * returned function waits until the network is quiet (links' prefetches included), stops recording
 * and gives the bodies.
 */
function recordScripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  const record = (response: Response) => {
    if (new URL(response.url()).pathname.endsWith(".js")) bodies.push(response.text());
  };
  page.on("response", record);
  return async () => {
    await page.waitForLoadState("networkidle");
    page.off("response", record);
    return Promise.all(bodies);
  };
}

/** The scripts a page's HTML loads (its script tags and its script preloads), with their bodies. */
async function htmlScripts(request: APIRequestContext, path: string): Promise<{ urls: string[]; bodies: string[] }> {
  const html = await (await request.get(path)).text();
  const urls = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+as="script"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])![1]!),
  ];
  return { urls, bodies: await Promise.all(urls.map(async (url) => (await request.get(url)).text())) };
}

/** The demos whose code the scripts carry. */
function demosIn(scripts: string[]): string[] {
  return Object.entries(MARKERS)
    .filter(([, marker]) => scripts.some((s) => s.includes(marker)))
    .map(([id]) => id)
    .sort();
}

test.describe("page weight: a page loads the code it shows, and no other", () => {
  test("should load only the cookie basics demo's code in its embed, and the demo still sets a cookie", async ({ page }) => {
    const scripts = recordScripts(page);
    await gotoHydrated(page, "/embed/cookie-basics");
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("status 200, 1 Set-Cookie line");
    expect(demosIn(await scripts())).toEqual(["cookie-basics"]);
  });

  test("should log in on /demos/login with one click, having loaded the login demo's code alone", async ({ page }) => {
    const scripts = recordScripts(page);
    await gotoHydrated(page, "/demos/login");
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page.getByTestId("login-notice")).toContainText("Logged in as ada");
    expect(demosIn(await scripts())).toEqual(["login"]);
  });

  test("should load a lesson's own two demos and no other", async ({ page }) => {
    const scripts = recordScripts(page);
    await gotoHydrated(page, "/learn/sessions");
    const demo = page.getByRole("complementary", { name: "Live demo: Session basics" });
    await demo.getByRole("button", { name: "Read session" }).click();
    await expect(demo.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Read session: status 200");
    expect(demosIn(await scripts())).toEqual(["session-basics", "stores"]);
  });

  for (const [path, shown] of [
    ["/", []],
    ["/demos/cookie-basics", ["cookie-basics"]],
  ] as const) {
    test(`should not load the public-suffix list with ${path}, nor the code of a demo it does not show`, async ({ request }) => {
      // What the page's HTML loads (scripts and preloads). Not what comes after: the links'
      // prefetches, which fetch other pages' code at idle time so that a click shows them at once,
      // and the explainer, which the inspector imports for its first verdict.
      const { urls, bodies } = await htmlScripts(request, path);
      expect(urls.length).toBeGreaterThan(3);
      expect(demosIn(bodies)).toEqual(shown);
      // tldts's list (lib/cookie/public-suffix.ts), 46 KiB gzipped: every page loaded it once.
      expect(urls.filter((_, i) => bodies[i]!.includes("herokuapp"))).toEqual([]);
    });
  }

  test("should mark React DOM's chunk for eager compilation off the main thread, and not the demo's chunk", async ({ request }) => {
    // lib/build/compile-hints.ts: Chromium compiles a script that starts with V8's hint while it
    // streams it; a demo's chunk stays lazily compiled, as only part of it may ever run.
    const { bodies } = await htmlScripts(request, "/embed/cookie-basics");
    const reactDom = bodies.filter((body) => body.includes('rendererPackageName:"react-dom"'));
    const demo = bodies.filter((body) => body.includes(MARKERS["cookie-basics"]!));
    expect(reactDom).toHaveLength(1);
    expect(demo).toHaveLength(1);
    expect(reactDom[0]!.startsWith("//# allFunctionsCalledOnLoad\n")).toBe(true);
    expect(demo[0]!.startsWith("//#")).toBe(false);
  });

  test("should show the demo in the page's HTML, in its final place and size, before its code arrives", async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto("/demos/login", { waitUntil: "domcontentloaded" });
    const form = page.getByRole("button", { name: "Log in", exact: true }).locator("xpath=ancestor::form");
    await expect(page.getByRole("button", { name: "Log in", exact: true })).toBeVisible();
    const before = await form.boundingBox();
    release();
    await waitForHydration(page);
    expect(await form.boundingBox()).toEqual(before);
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await expect(page.getByTestId("login-notice")).toContainText("Logged in as ada");
  });
});
