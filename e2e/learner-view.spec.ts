import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeViolationsInBothThemes } from "./a11y";
import { gotoHydrated } from "./hydration";

// Issue 19, points 1, 2, 4, 5 and 8: every result in view, and an inspector that fits where it is shown.

const WIDTHS = [375, 1280] as const;

/** How many lines `text` takes inside `container` as rendered: 1 when it did not wrap. */
async function linesOf(container: Locator, text: string): Promise<number> {
  return container.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let all = "";
    const nodes: { node: Text; start: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: all.length });
      all += n.textContent;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in "${all}"`);
    const range = document.createRange();
    const locate = (offset: number) => {
      const hit = nodes.findLast((x) => x.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length - 1));
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size;
  }, text);
}

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("should say what a Log in did next to the button, and bring the inspector's step into view on request", async ({ page }) => {
      await gotoHydrated(page, "/demos/login");
      const login = page.getByRole("button", { name: "Log in", exact: true });
      await login.click();
      const status = page.getByTestId("action-status");
      await expect(status).toHaveText(/^Log in \(Server session\): status 200, 1 Set-Cookie line received\. Show it in the inspector ↓$/);
      await expect(status).toHaveAttribute("role", "status");
      // Seen where the learner tapped, without scrolling: the inspector is a screen or more below.
      await login.scrollIntoViewIfNeeded();
      expect(await inViewport(page, status)).toBe(true);
      const showing = page.getByText("Showing Log in (Server session)");
      if (width === 375) expect(await inViewport(page, showing)).toBe(false);

      await status.getByRole("link", { name: "Show it in the inspector" }).click();
      await expect(showing).toBeFocused();
      await expect.poll(() => inViewport(page, showing)).toBe(true);
    });

    test("should keep the cookie demo's header tokens whole and its four columns readable inside a lesson", async ({ page }) => {
      await gotoHydrated(page, "/learn/why-state");
      const demo = page.locator('[data-demo="cookie-basics"]');
      await demo.getByRole("button", { name: "Set cookie" }).click();
      const line = demo.getByLabel("Set-Cookie line 1");
      await expect(line).toHaveText("Set-Cookie: demo_theme=dark; Max-Age=3600; Path=/; SameSite=Lax");
      for (const token of ["Set-Cookie:", "demo_theme=dark;", "Max-Age=3600;", "Path=/;", "SameSite=Lax"]) expect(await linesOf(line, token), token).toBe(1);
      await demo.getByRole("button", { name: "Read cookies" }).click();
      await expect(demo.getByLabel("Cookie request header")).toHaveText("Cookie: demo_theme=dark");
      expect(await linesOf(demo.getByLabel("Cookie request header"), "demo_theme=dark")).toBe(1);

      // In the ~700 px lesson column the four columns go two by two (not four of ~165 px); one on a phone.
      const columns = demo.getByTestId("inspector-columns").locator(":scope > section");
      await expect(columns).toHaveCount(4);
      const boxes = await Promise.all([0, 1, 2, 3].map(async (i) => (await columns.nth(i).boundingBox())!));
      const lefts = new Set(boxes.map((b) => Math.round(b.x)));
      expect(lefts.size).toBe(width === 375 ? 1 : 2);
      for (const b of boxes) expect(b.width).toBeGreaterThan(width === 375 ? 250 : 300);
    });

    test("should show the tamper lab's seal and token in full in their boxes, and the server's answer as a record with the JSON behind a toggle", async ({
      page,
    }) => {
      test.slow(); // axe on a long lesson, twice
      await gotoHydrated(page, "/learn/security");
      const demo = page.locator('[data-demo="tamper"]');
      await demo.getByRole("button", { name: "Issue the four cookies" }).click();
      await expect(demo.getByTestId("tamper-notice")).toContainText("Four lab cookies issued");
      for (const name of ["lab_raw", "lab_sealed", "lab_jwt", "lab_sid"]) {
        const box = demo.getByLabel(`Value of ${name}`);
        await expect(box).not.toHaveValue("");
        const clipped = await box.evaluate((el) => el.scrollHeight - el.clientHeight);
        expect(clipped, `${name} hides ${clipped} px of its value`).toBeLessThanOrEqual(1);
      }
      await demo.getByRole("button", { name: "Ask the server: who am I?" }).click();
      const inspector = demo.getByRole("region", { name: "Inspector" });
      const record = inspector.getByTestId("server-record");
      await expect(record).toContainText("verdict: accepted");
      await expect(record).toContainText("headline: Accepted: you are ada, role user");
      const raw = inspector.getByLabel("Server state");
      await expect(raw).toBeHidden();
      await inspector.getByText("Raw JSON (exchange.server)").click();
      await expect(raw).toBeVisible();
      await expect(raw).toContainText('"verdict": "accepted"');
      expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
    });

    test("should never wrap a cookie's name in the middle", async ({ page }) => {
      await gotoHydrated(page, "/demos/session-basics");
      await page.getByRole("button", { name: "Save to session" }).click();
      await page.getByRole("button", { name: "Read session" }).click();
      const inspector = page.getByRole("region", { name: "Inspector" });
      const nameCell = inspector.getByRole("cell", { name: "__Host-sid", exact: true });
      await expect(nameCell).toBeVisible();
      expect(await linesOf(nameCell, "__Host-sid")).toBe(1);
    });
  });
}

test.describe("long values", () => {
  test("should shorten a 4 KB cookie everywhere the inspector prints it, with its byte count and an expander", async ({ page }) => {
    await gotoHydrated(page, "/demos/size-limit");
    await page.getByRole("button", { name: "4,096 bytes", exact: true }).click();
    await expect(page.getByTestId("cookie-size-sent")).toContainText("The next Cookie header carried it");
    const inspector = page.getByRole("region", { name: "Cookie inspector" });
    const header = inspector.getByLabel("Cookie request header");
    await expect(header).toHaveText(/^Cookie: big=v{40}…\[\+4,041 bytes\]…v{12}$/);
    await expect(inspector.getByLabel("document.cookie", { exact: true })).toHaveText(/^big=v{40}…\[\+4,041 bytes\]…v{12}$/);
    await expect(inspector.getByRole("cell", { name: /^v{40}…\[\+4,041 bytes\]…v{12}/ })).toBeVisible();
    await expect(inspector.getByTestId("curl-command")).toContainText("…[+4,041 bytes]…");
    await expect(inspector.locator("figure")).toContainText("Cookie: big=vvvv");
    expect((await inspector.locator("figure").innerText()).length).toBeLessThan(400);

    // The whole value is one click away, and back.
    const expand = inspector.getByRole("button", { name: "Show all 4,105 bytes" });
    await expect(expand).toHaveAttribute("aria-expanded", "false");
    await expand.click();
    await expect(header).toHaveText(`Cookie: big=${"v".repeat(4093)}`);
    await inspector.getByRole("button", { name: "Shorten the long values" }).first().click();
    await expect(header).toContainText("…[+4,041 bytes]…");

    // Set-Cookie line of the step that set it, and the explained value under it.
    await inspector.getByRole("button", { name: /^Set big \(4096 bytes\)/ }).click();
    await expect(inspector.getByLabel("Set-Cookie line 1")).toHaveText(/^Set-Cookie: big=v{40}…\[\+4,041 bytes\]…v{12}; Path=\/; SameSite=Lax/);
    const box = await inspector.boundingBox();
    expect(box!.height).toBeLessThan(2000);
  });
});

test.describe("lab cookies and the site's own", () => {
  test("should set the cookie demo's default in lesson 1 without turning the site dark", async ({ page, context }) => {
    await gotoHydrated(page, "/learn/why-state");
    const demo = page.locator('[data-demo="cookie-basics"]');
    await expect(demo.getByLabel("Cookie name")).toHaveValue("demo_theme");
    await demo.getByRole("button", { name: "Set cookie" }).click();
    await expect(demo.getByTestId("set-cookie-line")).toContainText("Stored.");
    expect((await context.cookies()).map((c) => c.name)).toEqual(["demo_theme"]);
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", "dark");
  });

  test("should clear every lab cookie, HttpOnly, other paths and the site's theme included, from the demo's reset and say which", async ({ page, context }) => {
    await gotoHydrated(page, "/demos/cookie-basics");
    const set = async (name: string, opts: { httpOnly?: boolean; path?: string } = {}) => {
      await page.getByLabel("Cookie name").fill(name);
      await page.getByLabel("Path").fill(opts.path ?? "/");
      await page.getByLabel("HttpOnly").setChecked(opts.httpOnly ?? false);
      await page.getByRole("button", { name: "Set cookie" }).click();
      await expect(page.getByTestId("action-status")).toContainText(`Set ${name}: status 200`);
    };
    await set("demo_theme");
    await set("secret_pref", { httpOnly: true });
    await set("deep", { path: "/demos/elsewhere" });
    await set("theme");
    await page.reload(); // the site's own theme cookie: the server renders the page dark from now on
    await expect(page.locator("html")).toHaveClass(/dark/);
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(["deep", "demo_theme", "secret_pref", "theme"]);

    const reset = page.getByRole("main").getByRole("button", { name: "Reset all lab cookies" });
    await reset.click();
    const said = page.getByRole("main").getByTestId("reset-status");
    await expect(said).toContainText("Cleared the 3 cookies this browser sent: demo_theme, secret_pref, theme.");
    await expect(said).toContainText("Your theme and language went too");
    // Clear-Site-Data removed the one at another path, which the browser did not send.
    await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toEqual([]);
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });

  test("should offer the reset on every page, in the footer", async ({ page, context, baseURL }) => {
    await context.addCookies([
      { name: "cart", value: "tea.jam", url: baseURL! },
      { name: "sid_demo", value: "x", url: baseURL!, httpOnly: true },
    ]);
    await gotoHydrated(page, "/");
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("button", { name: "Reset all lab cookies" }).click();
    await expect(footer.getByTestId("reset-status")).toContainText("Cleared the 2 cookies this browser sent: cart, sid_demo.");
    await expect.poll(async () => (await context.cookies()).length).toBe(0);
  });
});

test.describe("cart bytes", () => {
  test("should say a tiny raw cart is smaller than the session ID, then mark where the lines cross", async ({ page }) => {
    await gotoHydrated(page, "/demos/cart");
    const rows = page.getByTestId("bytes-table").locator("tbody tr");
    const add = async (n: number) => {
      await page.getByRole("button", { name: "Add tea to both carts" }).click();
      await expect(rows).toHaveCount(n);
    };
    await add(1);
    await expect(page.getByTestId("bytes-crossing")).toHaveText(
      "So far the raw cart (8 B) is smaller than the session cookie (54 B): a tiny cart costs less in a cookie. It grows with every add, the ID does not; keep adding to see the lines cross.",
    );
    for (let n = 2; n <= 13; n++) await add(n);
    // cart=tea plus ".tea" per add: 8, 12, … 56 bytes at 13 items, the first over the 54-byte ID.
    await expect(page.locator("[data-crossing]")).toHaveCount(1);
    await expect(page.locator("[data-crossing] th")).toHaveText("13lines cross");
    await expect(page.getByTestId("bytes-crossing")).toHaveText(
      "The lines cross at 13 items. Up to 12 items the raw cart was the smaller one; from 13 items on, the raw cart (56 B) costs more on every request than the 54-byte session cookie, and the gap grows with each add.",
    );
  });
});
