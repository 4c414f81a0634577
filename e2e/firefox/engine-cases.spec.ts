import type { BrowserContext, Page } from "puppeteer-core";
import { LAX_UNSAFE_AGED_MS, type CookieBody } from "../engine-cases";
import { casesOf, echoedHeader, echoUrl, EngineRecorder, setInPage, submitForm, type JarCookie } from "../engine-check";
import { startHostPage, type HostPage } from "../host-page";
import { launchFirefox, test, waitForHydration } from "../firefox";

// The shared case list (e2e/engine-cases.ts), Firefox's half; e2e/explainer-vs-chromium.spec.ts has
// Chromium's. Third-party cookies "allowed" is Firefox's default, Total Cookie Protection (kept, in a
// jar per top-level site), in the worker's Firefox. "Blocked" is network.cookie.cookieBehavior = 1,
// "block all cross-site cookies" in Settings (the explainer's model of it); 4, the default's
// tracker-only blocking, would not touch a site that is not on a tracker list. A cookie policy is a
// preference of the whole browser, so that one group runs in a second, short-lived Firefox.
let host: HostPage;
let elsewhere: HostPage;
test.beforeAll(async () => {
  host = await startHostPage({ hostname: "host.test" });
  elsewhere = await startHostPage({ hostname: "elsewhere.test" });
});
test.afterAll(async () => {
  await host?.close();
  await elsewhere?.close();
});

const jarOf = async (context: BrowserContext): Promise<JarCookie[]> => (await context.cookies()).map((c) => ({ name: c.name, expires: c.expires }));
const bodies = (group: Parameters<typeof casesOf>[0]) => casesOf(group).map((k) => k.cookie);

test("should predict what Firefox stores and sends in each case of the engine case list", async ({ tab, firefox }) => {
  test.setTimeout(90_000);
  const { page, baseURL: base } = tab;
  const recorder = new EngineRecorder("firefox", `Firefox ${(await firefox.version()).replace(/^firefox\//i, "")}`);

  // Same-site, then the cross-site navigations, in one context (the cases' names differ).
  await page.goto(`${base}/api/echo/start`);
  // Firefox has no Lax default, so no window: the nav-post-aged cookies are set first and posted
  // last, as old as in Chromium's run (engine-cases.ts), in a tab of their own.
  const agedPage = await tab.context.newPage();
  await agedPage.goto(`${base}/api/echo/start`);
  const aged = await agedPage.evaluate(setInPage, [bodies("nav-post-aged"), null] as [CookieBody[], null]);
  const agedSince = Date.now();
  const same = await page.evaluate(setInPage, [bodies("same-site"), "/api/echo/same"] as [CookieBody[], string]);
  const get = await page.evaluate(setInPage, [bodies("nav-get"), null] as [CookieBody[], null]);
  const post = await page.evaluate(setInPage, [bodies("nav-post"), null] as [CookieBody[], null]);
  const jar = await jarOf(tab.context);
  recorder.check("same-site", base, same.lines, same.header, jar);
  const navigate = async (method: "GET" | "POST", tabPage = page) => {
    await tabPage.goto(host.pageFor("about:blank"));
    await Promise.all([tabPage.waitForNavigation(), tabPage.evaluate(submitForm, [echoUrl(base, "nav-get"), method] as [string, "GET" | "POST"])]);
    return tabPage.evaluate(echoedHeader);
  };
  recorder.check("nav-get", base, get.lines, await navigate("GET"), jar);
  recorder.check("nav-post", base, post.lines, await navigate("POST"), jar);

  // In a cross-site iframe: Firefox's default, then a Firefox that blocks cross-site cookies.
  const labFrame = async (tabPage: Page, hostPage = host) => {
    await tabPage.goto(hostPage.pageFor(`${base}/embed/cookie-basics`));
    let frame = tabPage.frames().find((f) => f.url().startsWith(base));
    await test.expect.poll(() => (frame = tabPage.frames().find((f) => f.url().startsWith(base))) !== undefined).toBe(true);
    await waitForHydration(frame!);
    return frame!;
  };
  const inFrame = async (tabPage: Page, group: "iframe-allowed" | "iframe-blocked") => {
    const frame = await labFrame(tabPage);
    const { lines, header } = await frame.evaluate(setInPage, [bodies(group), "/api/echo/frame"] as [CookieBody[], string]);
    recorder.check(group, base, lines, header, await jarOf(tabPage.browserContext()));
    return frame;
  };
  // With Firefox's default (Total Cookie Protection), the iframe-elsewhere cookies are set under the
  // host page too, and read in the same lab page under a third site's page.
  const frame = await inFrame(page, "iframe-allowed");
  const set = await frame.evaluate(setInPage, [bodies("iframe-elsewhere"), null] as [CookieBody[], null]);
  // A tab of its own: the first tab's frame list may still hold the frame its last document had.
  const there = await (await labFrame(await tab.context.newPage(), elsewhere)).evaluate(setInPage, [[], "/api/echo/frame"] as [CookieBody[], string]);
  recorder.check("iframe-elsewhere", base, set.lines, there.header, await jarOf(tab.context));
  const blocking = await launchFirefox({ "network.cookie.cookieBehavior": 1 });
  try {
    const context = await blocking.createBrowserContext();
    await inFrame(await context.newPage(), "iframe-blocked");
  } finally {
    await blocking.close();
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, agedSince + LAX_UNSAFE_AGED_MS - Date.now())));
  recorder.check("nav-post-aged", base, aged.lines, await navigate("POST", agedPage), await jarOf(tab.context));
  recorder.write();
});
