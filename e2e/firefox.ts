import { test as base, expect } from "@playwright/test";
import puppeteer, { Puppeteer, type Browser, type BrowserContext, type Cookie, type Frame, type Page } from "puppeteer-core";

/**
 * Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core. Playwright's own Firefox is a
 * patched build it downloads, which it may not here; and it would not be the Firefox people run.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/**
 * Preferences on top of puppeteer's test profile. Cookie behaviour is left at Firefox's default
 * (Total Cookie Protection: a third-party frame gets a cookie jar of its own per top-level site).
 * - network.dns.forceResolve: every host name resolves to loopback, so a host page can live on
 *   http://host.test:PORT, another site than the lab's localhost, with no /etc/hosts entry.
 * - dom.security.https_first: off, or Firefox first tries https:// on such a name (the lab and the
 *   host page speak plain http; localhost is exempt anyway).
 * - the captive-portal and connectivity checks: off, they would only reach loopback.
 * - devtools.jsonview.enabled: off, so a JSON response shows as its text in a <pre>, as in Chromium
 *   (the engine case list reads the echo's JSON after a navigation).
 */
export const FIREFOX_PREFS = {
  "network.dns.forceResolve": "127.0.0.1",
  "dom.security.https_first": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "devtools.jsonview.enabled": false,
};

/** `prefs` go on top of FIREFOX_PREFS (e.g. a cookie policy other than the default). */
export function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true, extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs } });
}

/**
 * Elements by role and accessible name, found in the page like Playwright's getByRole does (its
 * selector engine runs in the page too), for the roles these specs use: puppeteer's ::-p-aria()
 * asks Firefox's accessibility tree over BiDi, which took 0.3 to 0.7 s a query here, and the
 * assertions poll. The name is aria-labelledby's text, aria-label, a form field's <label>s, or a
 * button's own text, whitespace collapsed; it must match whole. Hidden elements never match.
 */
Puppeteer.registerCustomQueryHandler("labrole", {
  queryAll: (root: Node, selector: string) => {
    const [role, ...rest] = selector.split("|");
    const name = rest.length ? rest.join("|") : undefined;
    const css: Record<string, string> = {
      button: "button, [role=button], input[type=button], input[type=submit]",
      checkbox: "input[type=checkbox], [role=checkbox]",
      radio: "input[type=radio], [role=radio]",
      textbox: "input:not([type]), input[type=text], input[type=search], input[type=password], textarea, [role=textbox]",
      combobox: "select, [role=combobox]",
      region: "section[aria-label], section[aria-labelledby], [role=region]",
      status: "[role=status], output",
    };
    const text = (n: Node | null | undefined) => (n?.textContent ?? "").replace(/\s+/g, " ").trim();
    const doc = (root as Element).ownerDocument ?? (root as Document);
    const nameOf = (el: Element) => {
      const by = el.getAttribute("aria-labelledby");
      if (by)
        return by
          .split(/\s+/)
          .map((id) => text(doc.getElementById(id)))
          .join(" ")
          .trim();
      const label = el.getAttribute("aria-label");
      if (label) return label.replace(/\s+/g, " ").trim();
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length) return Array.from(labels, (l) => text(l)).join(" ");
      return text(el);
    };
    const selectorFor = css[role!];
    if (!selectorFor) throw new Error(`labrole: no role ${role}`);
    return Array.from((root as Element).querySelectorAll(selectorFor)).filter(
      (el) => !el.closest("[aria-hidden=true], [hidden]") && (el as HTMLElement).getClientRects().length > 0 && (name === undefined || nameOf(el) === name),
    );
  },
});

const quote = (s: string) => JSON.stringify(s);
export const byRole = (role: string, name?: string) => `::-p-labrole(${quote(name === undefined ? role : `${role}|${name}`)})`;
export const byTestId = (id: string) => `[data-testid=${quote(id)}]`;
/** Joins selectors: each looks inside what the one before matched. */
export const within = (...selectors: string[]) => selectors.join(" ");
/** The Inspector region of a demo (a demo with two inspectors names each: pass its name). */
export const inspector = (name = "Inspector") => byRole("region", name);
/** An element named by aria-label (the inspector's columns: "Cookie request header", "document.cookie"). */
export const byAriaLabel = (label: string) => `[aria-label=${quote(label)}]`;

/** The one thing a test drives: a page in a browser context of its own (its own cookie jar). */
export class FirefoxTab {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  /** Opens a path of the lab (or an absolute URL) and waits until React has hydrated it. */
  async goto(pathOrUrl: string): Promise<void> {
    await this.page.goto(new URL(pathOrUrl, this.baseURL).toString());
    await waitForHydration(this.page.mainFrame());
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await waitForHydration(this.page.mainFrame());
  }

  /** Every cookie of this context's jar, whatever partition (BiDi storage.getCookies). */
  cookies(): Promise<Cookie[]> {
    return this.context.cookies();
  }

  /** The frame framing `url`'s origin in this page, once it is there and hydrated. */
  async frame(origin: string): Promise<Frame> {
    let found: Frame | undefined;
    await expect.poll(() => (found = this.page.frames().find((f) => f !== this.page.mainFrame() && f.url().startsWith(origin))) !== undefined).toBe(true);
    await waitForHydration(found!);
    return found!;
  }
}

/** Waits until React has hydrated the document of `frame` (components/site/hydration-mark.tsx). */
export async function waitForHydration(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => window.__labHydrated === true);
}

type Root = Page | Frame;

/** The text of the first element `selector` matches, whitespace collapsed, or null while there is none. */
export async function textOf(root: Root, selector: string): Promise<string | null> {
  return (await textsOf(root, selector))[0] ?? null;
}

/**
 * The texts of every element `selector` matches, each cell's text apart (as a user reads a table
 * row), or [] while a navigation replaces the document (its elements are gone: the poll asks again).
 */
export async function textsOf(root: Root, selector: string): Promise<string[]> {
  try {
    const els = await root.$$(selector);
    const texts = await Promise.all(els.map((e) => e.evaluate((n) => (n as HTMLElement).innerText.replace(/\s+/g, " ").trim())));
    await Promise.all(els.map((e) => e.dispose()));
    return texts;
  } catch (err) {
    if (/no such (handle|node|frame)|Execution context was destroyed|detached/i.test(String(err))) return [];
    throw err;
  }
}

/** A value read from the element, polled by the assertion: `await expectText(tab.page, sel).toContain(...)`. */
export const expectText = (root: Root, selector: string) => expect.poll(() => textOf(root, selector));
export const expectTexts = (root: Root, selector: string) => expect.poll(() => textsOf(root, selector));
export const expectCount = (root: Root, selector: string) => expect.poll(async () => (await root.$$(selector)).length);

/** Clicks once the element is visible, enabled and still (puppeteer's locator waits for all three). */
export async function click(root: Root, selector: string): Promise<void> {
  await root.locator(selector).click();
}

/** Fills a text field or picks a <select>'s option by value. */
export async function fill(root: Root, selector: string, value: string): Promise<void> {
  await root.locator(selector).fill(value);
}

/** Ticks or unticks a checkbox or a radio by clicking it, as a user would, and checks it took. */
export async function setChecked(root: Root, selector: string, checked = true): Promise<void> {
  const el = await root.locator(selector).waitHandle();
  try {
    if ((await el.evaluate((e) => (e as HTMLInputElement).checked)) !== checked) await el.click();
    await expect.poll(() => el.evaluate((e) => (e as HTMLInputElement).checked)).toBe(checked);
  } finally {
    await el.dispose();
  }
}

/**
 * Playwright's runner with Firefox instead of its own browsers: one Firefox per worker (the firefox
 * project has one), started when its first test needs it, and a fresh browser context per test.
 */
export const test = base.extend<{ tab: FirefoxTab }, { firefox: Browser }>({
  firefox: [
    // The empty pattern: Playwright reads which fixtures a fixture needs from it. (The callback is
    // called `provide`, not Playwright's usual `use`, which the React hooks lint rule would take for React's.)
    async ({}, provide) => {
      const browser = await launchFirefox();
      try {
        await provide(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: "worker", timeout: 60_000 },
  ],
  tab: async ({ firefox, baseURL }, provide) => {
    const context = await firefox.createBrowserContext();
    try {
      await provide(new FirefoxTab(context, await context.newPage(), baseURL!));
    } finally {
      await context.close();
    }
  },
});

export { expect };
