import { chromium, test } from "@playwright/test";
import { CHROME_ARGS, CHROMIUM } from "../playwright.config";
import { CHROMIUM_HOST_RULES, checkCorpus, runCorpus, startCorpusServer } from "./http-state-run";

// The http-state corpus in Chromium (the full browser, as people run it); e2e/firefox/http-state.spec.ts
// is Firefox's half. One browser, one page on home.example.org, the jar emptied between cases.
test("should send, for each http-state corpus case, the Cookie header the explainer predicts for Chromium", async () => {
  test.setTimeout(90_000);
  const server = await startCorpusServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROME_ARGS, CHROMIUM_HOST_RULES] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://home.example.org:${server.port}/`);
    const observed = await runCorpus(page, server.port, "chromium", () => context.clearCookies());
    checkCorpus("chromium", `Chromium ${browser.version()}`, observed);
  } finally {
    await browser.close();
    await server.close();
  }
});
