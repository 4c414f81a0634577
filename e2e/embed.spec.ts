import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { axeViolations } from "./a11y";
import { holdScripts } from "./hold-scripts";
import { gotoHydrated, waitForHydration } from "./hydration";
import { startHostPage, type HostPage } from "./host-page";
import { contextAllowingThirdPartyCookies, watchRequests } from "./third-party";

// Issue 7: the lab's pages are on localhost; the "course page" embedding them is on 127.0.0.1,
// another site, so every cookie of the embedded demo is a third-party cookie.
let host: HostPage;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(async () => host.close());

const CROSS_SITE = /; Secure; (HttpOnly; )?SameSite=None; Partitioned$/;

async function embed(page: Page, baseURL: string | undefined, pathAndQuery: string): Promise<FrameLocator> {
  await page.goto(host.pageFor(`${baseURL}${pathAndQuery}`));
  const frame = page.frameLocator('iframe[title="Embedded demo"]');
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  const content = await (await frame.owner().elementHandle())?.contentFrame();
  if (!content) throw new Error("The host page shows no embed frame.");
  await waitForHydration(content);
  return frame;
}

test.describe("framing", () => {
  test("should let any site frame /embed/* and refuse framing everywhere else, over real HTTP", async ({ request }) => {
    const embedded = await request.get("/embed/cookie-basics");
    expect(embedded.status()).toBe(200);
    expect(embedded.headers()["content-security-policy"]).toMatch(/frame-ancestors \*$/);
    expect(embedded.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/", "/demos/cookie-basics", "/instructors", "/learn/cookies", "/api/cookies", "/embedded", "/embed-resize.js"]) {
      const res = await request.get(path);
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(res.headers()["content-security-policy"], path).not.toContain("frame-ancestors *");
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
    }
  });

  test("should show an embed inside another site's page, and not a demo page", async ({ page, baseURL }) => {
    const frame = await embed(page, baseURL, "/embed/cookie-basics");
    await expect(frame.getByRole("button", { name: "Set cookie" })).toBeVisible();
    await page.goto(host.pageFor(`${baseURL}/demos/cookie-basics`));
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  });
});

test.describe("a demo embedded on another site, third-party cookies blocked (Chromium's default here)", () => {
  test("should keep the cookie basics demo's cookie, partitioned, and explain why", async ({ page, baseURL }) => {
    const frame = await embed(page, baseURL, "/embed/cookie-basics");
    const banner = frame.getByTestId("embed-banner");
    await expect(banner).toContainText(`Embedded on ${host.origin}: here our cookies are third-party cookies`);
    await expect(banner).toContainText("Your browser blocks third-party cookies here");
    await expect(banner).toContainText("demo=1; Path=/; Secure; SameSite=None: refused (ThirdPartyPhaseout)");
    await expect(banner).toContainText("demo=1; Path=/; Secure; SameSite=None; Partitioned: kept, partitioned (CHIPS)");
    await expect(banner.getByTestId("embed-banner-verdicts")).toHaveText(/^The verdicts below are Chromium \d+'s\.$/);
    expect(await page.frames()[1]!.evaluate(() => document.hasStorageAccess())).toBe(false);

    await frame.getByRole("button", { name: "Set cookie" }).click();
    const inspector = frame.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByRole("status")).toContainText("Set demo_theme: status 200, 1 Set-Cookie line received.");
    await expect(inspector.getByTestId("set-cookie-line")).toContainText(
      "Set-Cookie: demo_theme=dark; Max-Age=3600; Path=/; Secure; SameSite=None; Partitioned",
    );
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("Stored.");
    await expect(inspector.getByLabel("document.cookie", { exact: true })).toHaveText("demo_theme=dark");
    await frame.getByRole("button", { name: "Read cookies" }).click();
    await expect(inspector.getByLabel("Cookie request header")).toHaveText("Cookie: demo_theme=dark");
    await expect(inspector.getByTestId("refused-cookies")).toHaveCount(0);
    const [cookie] = await page.context().cookies(baseURL);
    expect(cookie).toMatchObject({ name: "demo_theme", sameSite: "None", secure: true, partitionKey: "http://127.0.0.1" });
  });

  test("should keep a server session across requests inside the frame", async ({ page, baseURL }) => {
    const frame = await embed(page, baseURL, "/embed/session-basics?name=course&value=week3");
    await expect(frame.getByLabel("Key")).toHaveValue("course");
    await frame.getByRole("button", { name: "Save to session", exact: true }).click();
    const inspector = frame.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByTestId("session-outcome")).toHaveText("created");
    await expect(inspector.getByTestId("set-cookie-line")).toHaveText(
      /^Set-Cookie: __Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=None; Partitioned/,
    );
    await frame.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(inspector.getByTestId("session-outcome")).toHaveText("found");
    await expect(inspector.getByTestId("session-data-entry")).toHaveText('course: "week3"');
    await expect(inspector.getByLabel("Cookie request header")).toHaveText(/^Cookie: __Host-sid=[\w-]{43}$/);
    await expect(inspector.getByTestId("refused-cookies")).toHaveCount(0);
  });

  test("should say plainly that the browser refused a SameSite=None; Secure cookie without Partitioned", async ({ page, baseURL }) => {
    const frame = await embed(page, baseURL, "/embed/attributes?name=plain");
    await expect(frame.getByLabel("Partitioned")).toBeChecked();
    await frame.getByLabel("Partitioned").uncheck();
    await frame.getByRole("button", { name: "Set cookie" }).click();
    const inspector = frame.getByRole("region", { name: "Inspector" });
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("Set-Cookie: plain=1; Max-Age=3600; Path=/; Secure; SameSite=None");
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("ThirdPartyPhaseout");
    await expect(inspector.getByTestId("refused-cookies")).toContainText("Your browser did not keep the cookie plain.");
    await expect(inspector.getByRole("status")).toContainText("The browser did not keep plain.");
    expect(await page.context().cookies(baseURL)).toEqual([]);
  });

  test("should refuse the host page's own cross-site request by Origin, though the partitioned cookie rides along", async ({ page, baseURL }) => {
    const frame = await embed(page, baseURL, "/embed/session-basics");
    await frame.getByRole("button", { name: "Save to session", exact: true }).click();
    await expect(frame.getByTestId("session-outcome")).toHaveText("created");
    const { seen } = await watchRequests(page, "/api/session");
    // The embedding page itself posts to the lab: the browser sends the cookie of its partition.
    await page.evaluate(
      (url) =>
        fetch(`${url}/api/session`, {
          method: "POST",
          mode: "no-cors",
          credentials: "include",
          headers: { "content-type": "text/plain" },
          body: '{"hacked":true}',
        }),
      baseURL,
    );
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]!.cookieHeader).toMatch(/^__Host-sid=[\w-]{43}$/);
    expect(seen[0]!.status).toBe(403);
    await frame.getByRole("button", { name: "Read session", exact: true }).click();
    await expect(frame.getByTestId("session-outcome")).toHaveText("found");
    await expect(frame.getByTestId("session-data-entry")).toHaveText('username: "ada"');
  });

  test("should resize the frame with the lab's script and ignore the host page's own messages", async ({ page, baseURL }) => {
    await page.goto(host.pageFor(`${baseURL}/embed/cookie-basics?compact=1&cols=request`, { script: `${baseURL}/embed-resize.js` }));
    const iframe = page.locator('iframe[title="Embedded demo"]');
    await expect.poll(() => iframe.evaluate((el: HTMLIFrameElement) => el.style.height)).toMatch(/^\d+px$/);
    const fitted = await iframe.evaluate((el: HTMLIFrameElement) => el.style.height);
    expect(fitted).not.toBe("700px");
    await page.evaluate(() => window.postMessage({ type: "cookie-lab:resize", height: 50 }, "*"));
    await page.frameLocator('iframe[title="Embedded demo"]').getByRole("button", { name: "Read cookies" }).click();
    await expect.poll(() => iframe.evaluate((el: HTMLIFrameElement) => el.style.height)).not.toBe(fitted);
    expect(await iframe.evaluate((el: HTMLIFrameElement) => el.style.height)).not.toBe("50px");
  });
});

test.describe("a demo embedded on another site, third-party cookies allowed", () => {
  test("should keep a SameSite=None; Secure cookie even without Partitioned, and say cookies are allowed", async ({ baseURL }) => {
    const { context, dispose } = await contextAllowingThirdPartyCookies();
    try {
      const page = await context.newPage();
      const frame = await embed(page, baseURL, "/embed/attributes?name=plain");
      await expect(frame.getByTestId("embed-banner")).toContainText("Your browser allows third-party cookies here");
      expect(await page.frames()[1]!.evaluate(() => document.hasStorageAccess())).toBe(true);
      await frame.getByLabel("Partitioned").uncheck();
      await frame.getByRole("button", { name: "Set cookie" }).click();
      const inspector = frame.getByRole("region", { name: "Inspector" });
      await expect(inspector.getByTestId("set-cookie-line")).toContainText("Stored.");
      await expect(inspector.getByLabel("document.cookie", { exact: true })).toContainText("plain=1");
      await expect(inspector.getByTestId("refused-cookies")).toHaveCount(0);
      const session = await embed(page, baseURL, "/embed/session-basics");
      await session.getByRole("button", { name: "Save to session", exact: true }).click();
      await expect(session.getByTestId("session-outcome")).toHaveText("created");
      await expect(session.getByLabel("Set-Cookie line 1")).toHaveText(CROSS_SITE);
      // A read this soon after the save does not renew the cookie (lazy renewal), so it sends no
      // Set-Cookie; the browser still sends the cookies it kept (the unpartitioned plain=1 too),
      // and the session is found.
      await session.getByRole("button", { name: "Read session", exact: true }).click();
      await expect(session.getByTestId("session-outcome")).toHaveText("found");
      await expect(session.getByLabel("Cookie request header")).toHaveText(/^Cookie: plain=1; __Host-sid=[\w-]{43}$/);
    } finally {
      await dispose();
    }
  });
});

test.describe("embed options", () => {
  test("should pre-fill, pick columns, go compact and take the theme from the query", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "theme", value: "light", url: baseURL! }]);
    await page.goto("/embed/cookie-basics?name=lang&value=fr&cols=server,request&compact=1&theme=dark");
    await expect(page.locator("html")).toHaveClass("dark");
    await expect(page.getByLabel("Cookie name")).toHaveValue("lang");
    await page.getByRole("button", { name: "Set cookie" }).click();
    const columns = page.getByTestId("inspector-columns").getByRole("heading", { level: 3 });
    await expect(columns).toHaveText([/Request: Cookie$/, /Server: what it keeps$/]);
    await expect(page.getByTestId("curl-command")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Open in Cookie & Session Lab (opens in a new tab)" })).toHaveAttribute("href", "/demos/cookie-basics");
  });

  test("should keep the focus where a keyboard user put it before the page's JavaScript ran", async ({ page }) => {
    // Hold every script until the static HTML has the focus, then let the page hydrate.
    const release = await holdScripts(page);
    await page.goto("/embed/cookie-basics?compact=1", { waitUntil: "domcontentloaded" });
    const name = page.getByLabel("Cookie name");
    await name.focus();
    // The static HTML has the default options; the compact title shows once the page has hydrated
    // and applied the query's.
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveCSS("font-size", "18px");
    release();
    await expect(title).toHaveCSS("font-size", "16px");
    await expect(name).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("link", { name: /Open in Cookie & Session Lab/ })).toBeFocused();
  });

  test("should ignore options it does not know or cannot hold, and never render them", async ({ page }) => {
    await page.goto("/embed/cookie-basics?name=%3Cb%3Ebold%3C%2Fb%3E&value=a%20b&cols=%3Cscript%3E&theme=neon&compact=maybe");
    await expect(page.getByLabel("Cookie name")).toHaveValue("demo_theme");
    await expect(page.getByLabel("Value", { exact: true })).toHaveValue("dark");
    await page.getByRole("button", { name: "Set cookie" }).click();
    await expect(page.getByTestId("inspector-columns").getByRole("heading", { level: 3 })).toHaveCount(4);
    await expect(page.getByTestId("curl-command")).toBeVisible();
    expect(await page.locator("b").count()).toBe(0);
  });

  test("should render the French variant for ?lang=fr: html lang, the frame's words in French, the demo still in English", async ({ page }) => {
    await page.goto("/embed/cookie-basics?lang=fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("link", { name: "Ouvrir dans Cookie & Session Lab (s'ouvre dans un nouvel onglet)" })).toHaveAttribute(
      "href",
      "/demos/cookie-basics",
    );
    await expect(page.getByTestId("content-note")).toHaveText("Cette démo et son inspecteur sont en anglais.");
    await expect(page.getByRole("button", { name: "Set cookie" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("should take ?lang= over the lang cookie, in any case, and ignore a language the site does not have", async ({ page, context, baseURL }) => {
    const htmlLang = async (query: string) => {
      await page.goto(`/embed/cookie-basics${query}`);
      return page.locator("html").getAttribute("lang");
    };
    expect(await htmlLang("?lang=FR")).toBe("fr");
    expect(await htmlLang("?lang=de")).toBe("en");
    await context.addCookies([{ name: "lang", value: "fr", url: baseURL! }]);
    expect(await htmlLang("?lang=en")).toBe("en");
    await expect(page.getByRole("link", { name: /^Open in Cookie & Session Lab/ })).toBeVisible();
    expect(await htmlLang("?lang=%3Cb%3E")).toBe("fr");
    expect(await htmlLang("")).toBe("fr");
  });

  test("should speak French in the third-party banner of an embed on another site with ?lang=fr", async ({ page, baseURL }) => {
    const frame = await embed(page, baseURL, "/embed/cookie-basics?lang=fr");
    const banner = frame.getByTestId("embed-banner");
    await expect(banner).toContainText(`Intégrée sur ${host.origin} : ici, nos cookies sont des cookies tiers`);
    await expect(banner).toContainText("Votre navigateur bloque ici les cookies tiers");
    await expect(banner).toContainText("demo=1; Path=/; Secure; SameSite=None: refusé (ThirdPartyPhaseout)");
    await expect(frame.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("should start the login demo on the mechanism the query names", async ({ page }) => {
    await page.goto("/embed/login?mechanism=jwt");
    await expect(page.getByRole("radio", { name: "JWT" })).toBeChecked();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`should have no axe violations on an embed with its inspector filled, in ${scheme} mode`, async ({ page, baseURL }) => {
      const frame = await embed(page, baseURL, `/embed/session-basics?theme=${scheme}`);
      await frame.getByRole("button", { name: "Save to session", exact: true }).click();
      await expect(frame.getByTestId("session-record")).toBeVisible();
      await gotoHydrated(page, `${baseURL}/embed/session-basics?theme=${scheme}`);
      await page.getByRole("button", { name: "Save to session", exact: true }).click();
      await expect(page.getByTestId("session-record")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("should be usable with the keyboard alone", async ({ page }) => {
    await page.goto("/embed/cookie-basics");
    await page.getByLabel("Cookie name").focus();
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("link", { name: /Open in Cookie & Session Lab/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("lang");
    await page.keyboard.press("Enter"); // submitting the form sets the cookie
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Set lang: status 200");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab"); // value, path, lifetime, HttpOnly, Set
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Read cookies" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Cookie request header")).toHaveText("Cookie: lang=dark");
  });
});

test.describe("oEmbed", () => {
  test("should answer a rich embed with its size for a demo URL, and point to it from the demo page", async ({ request, page, baseURL }) => {
    const res = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/demos/cookie-basics`)}&maxwidth=600&maxheight=700&format=json`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ type: "rich", version: "1.0", provider_name: "Cookie & Session Lab", width: 600, height: 700 });
    expect(body.html).toBe(
      `<iframe src="${baseURL}/embed/cookie-basics" title="Cookie &amp; Session Lab: ${body.title.slice("Cookie & Session Lab: ".length)}" width="600" height="700" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
    await page.goto("/demos/cookie-basics");
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect((await (await request.get(href!)).json()).type).toBe("rich");
  });

  test("should answer 404 for a URL that is not one of our demos, and 501 for XML", async ({ request, baseURL }) => {
    for (const url of ["https://example.com/demos/cookie-basics", `${baseURL}/learn/cookies`, `${baseURL}/demos/nope`]) {
      const res = await request.get(`/api/oembed?url=${encodeURIComponent(url)}`);
      expect(res.status(), url).toBe(404);
      expect((await res.json()).error.code).toBe("not_embeddable");
    }
    const xml = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/demos/cookie-basics`)}&format=xml`);
    expect(xml.status()).toBe(501);
    expect((await xml.json()).error).toMatchObject({ code: "format_not_supported" });
  });

  test("should let a course page's script on another site read oEmbed errors as well as answers", async ({ page, baseURL }) => {
    await page.goto(host.pageFor("about:blank"));
    const read = (query: string) =>
      page.evaluate(async (url) => {
        try {
          const res = await fetch(url);
          const body = await res.json();
          return { status: res.status, code: body.error?.code ?? body.type };
        } catch (err) {
          return { failed: String(err) };
        }
      }, `${baseURL}/api/oembed?${query}`);
    // Without Access-Control-Allow-Origin on an answer, fetch() rejects and the script learns nothing.
    expect(await read(`url=${encodeURIComponent(`${baseURL}/demos/cookie-basics`)}`)).toEqual({ status: 200, code: "rich" });
    expect(await read(`url=${encodeURIComponent("https://example.com/demos/cookie-basics")}`)).toEqual({ status: 404, code: "not_embeddable" });
    expect(await read(`url=${encodeURIComponent(`${baseURL}/demos/cookie-basics`)}&format=xml`)).toEqual({ status: 501, code: "format_not_supported" });
    expect(await read("maxwidth=wide")).toEqual({ status: 400, code: "invalid_query" });
  });
});
