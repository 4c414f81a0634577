import { chromium, expect, test, type BrowserContext, type Page } from "@playwright/test";
import { explain } from "../lib/cookie/explain";
import { CHROME_ARGS, CHROMIUM } from "../playwright.config";
import { CHROMIUM_SHORT_LAX_UNSAFE, LAX_UNSAFE_AGED_MS, type CookieBody } from "./engine-cases";
import { casesOf, echoedHeader, echoUrl, EngineRecorder, setInPage, submitForm, type JarCookie } from "./engine-check";
import { startHostPage } from "./host-page";
import { contextAllowingThirdPartyCookies } from "./third-party";

// What the explainer predicts must be what real Chromium stores and sends. Each cookie is set through
// POST /api/cookies from the page, so Chromium receives the exact line over HTTP.
const SAMPLES = [
  { label: "SameSite=None without Secure", cookie: { name: "nosecure", value: "1", path: "/", sameSite: "None" } },
  { label: "a __Host- cookie with a Domain", cookie: { name: "__Host-bad", value: "1", path: "/", secure: true, domain: "localhost" } },
  { label: "a valid __Host- cookie", cookie: { name: "__Host-good", value: "1", path: "/", secure: true } },
  { label: "an oversize cookie (name + value over 4096 bytes)", cookie: { name: "big", value: "x".repeat(4094), path: "/" } },
  { label: "a cookie of exactly 4096 bytes", cookie: { name: "edge", value: "y".repeat(4092), path: "/" } },
  { label: "a Path-scoped cookie", cookie: { name: "scoped", value: "1", path: "/api/cookies/elsewhere" } },
  { label: "a cookie without Path, set by /api/cookies", cookie: { name: "nopath", value: "1" } },
  { label: "a SameSite=None; Secure; Partitioned cookie", cookie: { name: "chips", value: "1", path: "/", secure: true, sameSite: "None", partitioned: true } },
  // The HTTP-only prefixes (layered cookies; Chrome 140+): Secure and HttpOnly, and for __Host-Http- also Path=/ and no Domain.
  { label: "a valid __Http- cookie", cookie: { name: "__Http-good", value: "1", path: "/", secure: true, httpOnly: true } },
  { label: "an __Http- cookie without HttpOnly", cookie: { name: "__Http-nohttponly", value: "1", path: "/", secure: true } },
  { label: "an __Http- cookie without Secure", cookie: { name: "__Http-nosecure", value: "1", path: "/", httpOnly: true } },
  { label: "an __http- cookie (lower case) without HttpOnly", cookie: { name: "__http-lower", value: "1", path: "/", secure: true } },
  {
    label: "an __Http- cookie with a Path below /",
    cookie: { name: "__Http-scoped", value: "1", path: "/api/cookies/elsewhere", secure: true, httpOnly: true },
  },
  {
    label: "an __Http- cookie with Domain=localhost (a public suffix: host-only)",
    cookie: { name: "__Http-domain", value: "1", path: "/", secure: true, httpOnly: true, domain: "localhost" },
  },
  { label: "a valid __Host-Http- cookie", cookie: { name: "__Host-Http-good", value: "1", path: "/", secure: true, httpOnly: true } },
  { label: "a __Host-Http- cookie without HttpOnly", cookie: { name: "__Host-Http-nohttponly", value: "1", path: "/", secure: true } },
  { label: "a __Host-Http- cookie without Secure", cookie: { name: "__Host-Http-nosecure", value: "1", path: "/", httpOnly: true } },
  { label: "a __Host-Http- cookie with Path=/api", cookie: { name: "__Host-Http-path", value: "1", path: "/api", secure: true, httpOnly: true } },
  {
    label: "a __Host-Http- cookie with a Domain",
    cookie: { name: "__Host-Http-domain", value: "1", path: "/", secure: true, httpOnly: true, domain: "localhost" },
  },
  { label: "a __HOST-HTTP- cookie (upper case) without HttpOnly", cookie: { name: "__HOST-HTTP-upper", value: "1", path: "/", secure: true } },
];

test("should predict what Chromium stores and sends for each sample line", async ({ page, baseURL }) => {
  await page.goto("/demos/cookie-basics");
  const lines: string[] = [];
  for (const { cookie } of SAMPLES) {
    const body = await page.evaluate(async (c) => {
      const res = await fetch("/api/cookies", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(c) });
      return res.json();
    }, cookie);
    lines.push(...body.exchange.response.setCookie);
  }
  const requestUrl = `${baseURL}/api/cookies`;
  const predicted = explain({ setCookie: lines, url: `${baseURL}/api/cookies`, requestUrl });

  const jar = await page.context().cookies();
  for (const [i, sample] of SAMPLES.entries()) {
    const inChromium = jar.some((c) => c.name === sample.cookie.name);
    expect.soft(predicted.cookies[i]?.stored, `${sample.label}: explainer said ${predicted.cookies[i]?.reason?.code ?? "stored"}`).toBe(inChromium);
  }
  const sent = await page.evaluate(async () => (await (await fetch("/api/cookies")).json()).exchange.request.cookieHeader);
  expect(sent).toBe(predicted.cookieHeader);
  // The point of the samples: some were refused, and the scoped one is stored but not sent here.
  expect(predicted.cookies.filter((c) => !c.stored).map((c) => [c.name, c.reason?.code])).toEqual([
    ["nosecure", "SameSiteNoneInsecure"],
    ["__Host-bad", "InvalidPrefix"],
    ["big", "NameValuePairExceedsMaxSize"],
    ...["__Http-nohttponly", "__Http-nosecure", "__http-lower"].map((name) => [name, "InvalidPrefix"]),
    ...["__Host-Http-nohttponly", "__Host-Http-nosecure", "__Host-Http-path", "__Host-Http-domain", "__HOST-HTTP-upper"].map((name) => [name, "InvalidPrefix"]),
  ]);
  expect(jar.find((c) => c.name === "scoped")?.path).toBe("/api/cookies/elsewhere");
  expect(jar.find((c) => c.name === "nopath")?.path).toBe("/api");
});

// document.cookie is a non-HTTP API: it may set HttpOnly on nothing, so it can never set an
// __Http- or __Host-Http- cookie, whatever the attributes; __Secure- and __Host- it may.
const SCRIPT_LINES = [
  "__Http-js=1; Secure; Path=/",
  "__Http-jsflag=1; Secure; HttpOnly; Path=/",
  "__Host-Http-js=1; Secure; Path=/",
  "__host-http-jslower=1; Secure; Path=/",
  "__Secure-js=1; Secure; Path=/",
  "__Host-js=1; Secure; Path=/",
];

test("should predict which prefixed cookies document.cookie may set in Chromium", async ({ page, baseURL }) => {
  await page.goto("/demos/cookie-basics");
  for (const line of SCRIPT_LINES) {
    await page.evaluate((l) => {
      document.cookie = l;
    }, line);
  }
  const predicted = explain({ setCookie: SCRIPT_LINES, url: `${baseURL}/demos/cookie-basics`, context: { api: "non-http" } });
  const jar = await page.context().cookies();
  for (const [i, line] of SCRIPT_LINES.entries()) {
    const name = line.slice(0, line.indexOf("="));
    const inChromium = jar.some((c) => c.name === name);
    expect.soft(predicted.cookies[i]?.stored, `${line}: explainer said ${predicted.cookies[i]?.reason?.code ?? "stored"}`).toBe(inChromium);
  }
  // The point of the lines: the four HTTP-only ones are refused, the two older prefixes are not.
  expect(predicted.cookies.map((c) => c.stored)).toEqual([false, false, false, false, true, true]);
  expect(await page.evaluate(() => document.cookie.split("; ").sort())).toEqual(["__Host-js=1", "__Secure-js=1"]);
});

// The shared case list (e2e/engine-cases.ts), Chromium's half; e2e/firefox/engine-cases.spec.ts is
// Firefox's. Third-party cookies are blocked in Playwright's off-the-record context (the `page`
// fixture) and allowed in a profile that allows them (contextAllowingThirdPartyCookies).
test("should predict what Chromium stores and sends in each case of the engine case list", async ({ page, baseURL, browser }) => {
  test.setTimeout(90_000);
  const base = baseURL!;
  const recorder = new EngineRecorder("chromium", `Chromium ${browser.version()}`);
  const jarOf = async (context: BrowserContext): Promise<JarCookie[]> => (await context.cookies()).map((c) => ({ name: c.name, expires: c.expires }));
  // Past the Lax-allowing-unsafe window: a Chromium whose window is 10 seconds (engine-cases.ts says
  // why). Its cookies are set first and posted last, so the wait overlaps the other groups.
  const [host, elsewhere, allowing, shortWindow] = await Promise.all([
    startHostPage(),
    startHostPage({ address: "127.0.0.2" }),
    contextAllowingThirdPartyCookies(),
    chromium.launch({ executablePath: CHROMIUM, args: [...CHROME_ARGS, CHROMIUM_SHORT_LAX_UNSAFE] }),
  ]);
  try {
    const agedPage = await (await shortWindow.newContext({ baseURL: base })).newPage();
    await agedPage.goto("/api/echo/start");
    const aged = await agedPage.evaluate(setInPage, [casesOf("nav-post-aged").map((k) => k.cookie), null] as [CookieBody[], null]);
    const agedSince = Date.now();

    // Same-site, then the cross-site navigations, in one context (the cases' names differ).
    await page.goto("/api/echo/start");
    const same = await page.evaluate(setInPage, [casesOf("same-site").map((k) => k.cookie), "/api/echo/same"] as [CookieBody[], string]);
    const get = await page.evaluate(setInPage, [casesOf("nav-get").map((k) => k.cookie), null] as [CookieBody[], null]);
    const post = await page.evaluate(setInPage, [casesOf("nav-post").map((k) => k.cookie), null] as [CookieBody[], null]);
    const jar = await jarOf(page.context());
    recorder.check("same-site", base, same.lines, same.header, jar);
    const navigate = async (method: "GET" | "POST", tab = page) => {
      await tab.goto(host.pageFor("about:blank"));
      await Promise.all([tab.waitForURL(/\/api\/echo\/nav/), tab.evaluate(submitForm, [echoUrl(base, "nav-get"), method] as [string, "GET" | "POST"])]);
      return tab.evaluate(echoedHeader);
    };
    recorder.check("nav-get", base, get.lines, await navigate("GET"), jar);
    recorder.check("nav-post", base, post.lines, await navigate("POST"), jar);

    // In a cross-site iframe, third-party cookies blocked, then allowed; with them allowed, the
    // iframe-elsewhere cookies are set under the host page too, and read under a third site's page.
    const labFrame = async (tab: Page, hostPage = host) => {
      await tab.goto(hostPage.pageFor(`${base}/embed/cookie-basics`));
      await expect(tab.frameLocator('iframe[title="Embedded demo"]').getByRole("heading", { level: 1 })).toBeVisible();
      return tab.frames().find((f) => f.url().startsWith(base))!;
    };
    const inFrame = async (tab: Page, group: "iframe-allowed" | "iframe-blocked") => {
      const frame = await labFrame(tab);
      const { lines, header } = await frame.evaluate(setInPage, [casesOf(group).map((k) => k.cookie), "/api/echo/frame"] as [CookieBody[], string]);
      recorder.check(group, base, lines, header, await jarOf(tab.context()));
      return frame;
    };
    await inFrame(page, "iframe-blocked");
    const allowingPage = await allowing.context.newPage();
    const frame = await inFrame(allowingPage, "iframe-allowed");
    const set = await frame.evaluate(setInPage, [casesOf("iframe-elsewhere").map((k) => k.cookie), null] as [CookieBody[], null]);
    const there = await (await labFrame(allowingPage, elsewhere)).evaluate(setInPage, [[], "/api/echo/frame"] as [CookieBody[], string]);
    recorder.check("iframe-elsewhere", base, set.lines, there.header, await jarOf(allowing.context));

    // The aged cookies, once past Chromium's shortened window.
    await agedPage.waitForTimeout(Math.max(0, agedSince + LAX_UNSAFE_AGED_MS - Date.now()));
    recorder.check("nav-post-aged", base, aged.lines, await navigate("POST", agedPage), await jarOf(agedPage.context()));
  } finally {
    await shortWindow.close();
    await allowing.dispose();
    await elsewhere.close();
    await host.close();
  }
  recorder.write();
});
