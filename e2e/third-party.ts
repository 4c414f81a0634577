import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import config, { CHROME_ARGS, CHROMIUM } from "../playwright.config";

/**
 * A Chromium that ALLOWS third-party cookies. Playwright's default contexts are off-the-record,
 * where Chromium blocks them (measured: document.hasStorageAccess() is false in a cross-site frame
 * and a SameSite=None cookie without Partitioned is refused). No command-line switch turns that
 * off; the profile preference does: a persistent profile whose Preferences say
 * profile.cookie_controls_mode = 0 ("allow third-party cookies"), as chrome://settings/cookies would.
 * Playwright's --disable-features=ThirdPartyStoragePartitioning is about storage (localStorage,
 * IndexedDB…), not cookies: partitioned cookies (CHIPS) work in both modes.
 */
export async function contextAllowingThirdPartyCookies(): Promise<{ context: BrowserContext; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "lab-3pc-allowed-"));
  mkdirSync(path.join(dir, "Default"));
  writeFileSync(path.join(dir, "Default", "Preferences"), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  // The full browser: the profile preference belongs to its layer (playwright.config.ts says why).
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: CHROME_ARGS, baseURL: config.use?.baseURL });
  return {
    context,
    dispose: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SeenRequest {
  cookieHeader: string | null;
  status: number;
}

/**
 * What really went over the wire for requests to `pathPart`, from Chromium's own network events: a
 * cross-site no-cors fetch is opaque to the page and to Playwright's request events, but the
 * DevTools protocol still reports its Cookie header and status.
 */
export async function watchRequests(page: Page, pathPart: string): Promise<{ seen: SeenRequest[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  // CDP sends a request's events in no guaranteed order (the *ExtraInfo ones may come first), so
  // each request is recorded once its URL, its Cookie header and its status have all arrived.
  const parts = new Map<string, { url?: string; cookie?: string | null; status?: number; done?: boolean }>();
  const seen: SeenRequest[] = [];
  const update = (id: string, patch: { url?: string; cookie?: string | null; status?: number }) => {
    const p = { ...parts.get(id), ...patch };
    parts.set(id, p);
    if (!p.done && p.url?.includes(pathPart) && p.cookie !== undefined && p.status !== undefined) {
      p.done = true;
      seen.push({ cookieHeader: p.cookie, status: p.status });
    }
  };
  cdp.on("Network.requestWillBeSent", (e) => update(e.requestId, { url: e.request.url }));
  cdp.on("Network.requestWillBeSentExtraInfo", (e) => update(e.requestId, { cookie: (e.headers as Record<string, string>)["Cookie"] ?? null }));
  cdp.on("Network.responseReceivedExtraInfo", (e) => update(e.requestId, { status: e.statusCode }));
  return { seen, cdp };
}
