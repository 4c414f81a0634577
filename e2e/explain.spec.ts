import { expect, test } from "@playwright/test";
import { axeViolations } from "./a11y";
import { gotoHydrated, waitForHydration } from "./hydration";

test.describe("the Set-Cookie explainer page", () => {
  test("should explain a broken example in plain words", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByRole("button", { name: "Broken: SameSite=None without Secure" }).click();
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("verdict")).toContainText("Refused.");
    await expect(page.getByTestId("verdict")).toContainText("SameSiteNoneInsecure");
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("(no Cookie header: nothing matches that URL)");
  });

  test("should show the Cookie header a pasted batch leads to, longer path first", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByLabel(/Set-Cookie lines/).fill("a=1; Path=/\nb=2; Path=/docs\n<script>alert(1)</script>=x");
    await page.getByLabel("Received from (URL of the response)").fill("https://example.com/docs/page");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    // The third line has no Path, so it takes the default path /docs and sorts with b, before a (Path=/).
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: b=2; <script>alert(1)</script>=x; a=1");
    // The pasted markup is shown as text, never run.
    await expect(page.getByText("<script>alert(1)</script>", { exact: true }).first()).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
  });

  test("should not warn about third-party blocking on a Partitioned line, and still refuse Partitioned without Secure", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page
      .getByLabel(/Set-Cookie lines/)
      .fill("chip=1; Secure; SameSite=None; Partitioned\nplain=1; Secure; SameSite=None\nbroken=1; SameSite=None; Partitioned");
    await page.getByLabel("Received from (URL of the response)").fill("https://widget.example/embed");
    await page.getByLabel("The request is").selectOption("cross-site");
    await page.getByLabel("The page is").selectOption("iframe");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    const [chip, plain, broken] = [0, 1, 2].map((i) => page.getByTestId("explained-cookie").nth(i));
    await expect(chip!.getByTestId("verdict")).toHaveText("Stored. The browser keeps this cookie.");
    await expect(chip!).not.toContainText("Warning");
    await expect(plain!).toContainText("Warning: Set in a third-party context and not Partitioned");
    await expect(broken!.getByTestId("verdict")).toContainText("Refused.");
    await expect(broken!.getByTestId("verdict")).toContainText("Partitioned needs Secure too");

    // As Safari does (and Chrome in Incognito): only the Partitioned cookie is kept, and only it is sent back.
    await page.getByLabel("Third-party cookies").selectOption("blocked");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(plain!.getByTestId("verdict")).toContainText("(ThirdPartyPhaseout)");
    await expect(chip!.getByTestId("verdict")).toHaveText("Stored. The browser keeps this cookie.");
    await expect(chip!).not.toContainText("Warning");
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: chip=1");
  });

  test("should say what is wrong with a bad URL", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByLabel("Received from (URL of the response)").fill("ftp://example.com/");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "ftp" })).toContainText("is not an http:// or https:// URL");
  });

  test("should explain as the browser picked with the keyboard, Chromium by default", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    const picker = page.getByRole("group", { name: "Browser" });
    await expect(picker.getByRole("radio", { name: "Chromium (Chrome, Edge)" })).toBeChecked();
    await page.getByLabel(/Set-Cookie lines/).fill("lonely; Path=/");
    await page.getByLabel("Received from (URL of the response)").fill("http://localhost/");
    // Arrow keys move through a radio group: Chromium, then Firefox.
    await picker.getByRole("radio", { name: "Chromium (Chrome, Edge)" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(picker.getByRole("radio", { name: "Firefox 153 ESR" })).toBeChecked();
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("explained-for")).toHaveText("As Firefox 153 ESR would.");
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: lonely=");

    await picker.getByRole("radio", { name: "RFC 6265bis only" }).check();
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("explained-for")).toHaveText("As RFC 6265bis would.");
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: lonely");
  });

  test("should show Chromium's and Firefox's verdicts side by side only on the lines where they disagree", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByLabel(/Set-Cookie lines/).fill("same=1; Secure; SameSite=None; Partitioned\ntrack=1; Secure; SameSite=None\n=plain");
    await page.getByLabel("Received from (URL of the response)").fill("https://widget.example/embed");
    await page.getByLabel("The request is").selectOption("cross-site");
    await page.getByLabel("The page is").selectOption("iframe");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    const lines = page.getByRole("listitem").filter({ has: page.getByTestId("explained-cookie") });
    await expect(lines).toHaveCount(3);
    await expect(lines.nth(0).getByTestId("engine-disagreement")).toHaveCount(0);

    const track = lines.nth(1).getByTestId("engine-disagreement");
    await expect(track.getByRole("heading", { name: "Chromium and Firefox 153 ESR disagree" })).toBeVisible();
    await expect(track.getByTestId("verdict-chromium")).toContainText("Stored. The browser keeps this cookie.");
    await expect(track.getByTestId("verdict-chromium")).not.toContainText("Partitioned");
    await expect(track.getByTestId("verdict-firefox")).toContainText("Partitioned: Firefox keeps it in a separate jar for the top-level site");
    await expect(track.getByTestId("verdict-firefox")).toContainText("Total Cookie Protection");

    const nameless = lines.nth(2).getByTestId("engine-disagreement");
    await expect(nameless.getByTestId("verdict-chromium")).toContainText("Refused.");
    await expect(nameless.getByTestId("verdict-firefox")).toContainText("Firefox 153 ESR refuses a cookie with an empty name");
    await expect(nameless.getByTestId("verdict-firefox")).toContainText("(NamelessCookie)");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("should have no axe violations with results shown", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("verdict")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

// Issue 19, point 10.
test.describe("the explainer, as a learner pastes, picks and shares", () => {
  test("should take a pasted leading Set-Cookie: off the line, and say so", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByLabel(/Set-Cookie lines/).fill("Set-Cookie: foo=bar; Path=/");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("stripped-note")).toHaveText(
      'Removed the header name "Set-Cookie:" from the start of line 1: a browser gets only what follows it, so that is what is explained.',
    );
    await expect(page.getByTestId("explained-cookie").locator("dt").first()).toHaveText("foo");
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: foo=bar");
  });

  test("should explain an example as soon as it is picked", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByRole("button", { name: "Broken: a __Host- cookie with a Domain" }).click();
    await expect(page.getByTestId("verdict")).toContainText("Refused.");
    await expect(page.getByLabel(/Set-Cookie lines/)).toHaveValue("__Host-id=1; Domain=shop.example.com; Path=/; Secure");
  });

  test("should prompt for a line when there is none, and ask the server nothing", async ({ page }) => {
    await gotoHydrated(page, "/tools/explain");
    let asked = 0;
    page.on("request", (r) => {
      if (r.url().endsWith("/api/explain")) asked++;
    });
    await page.getByLabel(/Set-Cookie lines/).fill("  \n");
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("explain-prompt")).toHaveText("Paste a Set-Cookie line on the left (or pick an example), then press Explain.");
    await expect(page.getByTestId("explained-cookie")).toHaveCount(0);
    expect(asked).toBe(0);
  });

  test("should put the input in the URL fragment, so the link reproduces the result", async ({ page, browser }) => {
    await gotoHydrated(page, "/tools/explain");
    await page.getByLabel(/Set-Cookie lines/).fill("shared=1; Path=/docs");
    await page.getByLabel("Received from (URL of the response)").fill("https://example.com/docs/a");
    await page.getByRole("radio", { name: /Firefox/ }).check();
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await expect(page.getByTestId("predicted-cookie-header")).toHaveText("Cookie: shared=1");
    await expect(page).toHaveURL(/#lines=shared%3D1%3B\+Path%3D%2Fdocs&url=https%3A%2F%2Fexample\.com%2Fdocs%2Fa&browser=firefox$/);

    // A fresh visitor opening the link sees the same result without pressing anything.
    const other = await browser.newPage();
    await other.goto(page.url());
    await waitForHydration(other);
    await expect(other.getByLabel(/Set-Cookie lines/)).toHaveValue("shared=1; Path=/docs");
    await expect(other.getByRole("radio", { name: /Firefox/ })).toBeChecked();
    await expect(other.getByTestId("explained-for")).toContainText("Firefox");
    await expect(other.getByTestId("predicted-cookie-header")).toHaveText("Cookie: shared=1");
    await other.close();
  });
});
