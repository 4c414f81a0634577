import { execFileSync } from "node:child_process";
import { defineConfig } from "@playwright/test";
import chromiumArgs from "./scripts/chromium-args.json";

// One port for the whole run: E2E_PORT, or a free loopback port picked once by the runner. Workers
// load this file again, but inherit the runner's environment, so they read the same port.
if (!process.env.E2E_PORT) {
  const pick = 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); });';
  process.env.E2E_PORT = execFileSync(process.execPath, ["-e", pick], { encoding: "utf8" });
}
const PORT = Number(process.env.E2E_PORT);
const DATA_DIR = ".data/e2e";
/** The Chromium flags of every launch: tests, scripts/screenshots.mjs and bench/lighthouse.mjs read the one list. */
export const CHROME_ARGS: string[] = chromiumArgs;

/**
 * Specs that change what every visitor of the server sees, or load the whole machine: they run one at
 * a time, after the others. The stores demo starts an app process of its own with Redis (its
 * simulated restart empties only the visitor's own memory store); stores.spec and fairness.spec
 * start app processes of their own; load-smoke fills both cores on purpose.
 */
const SERIAL = ["**/demo-stores.spec.ts", "**/stores.spec.ts", "**/fairness.spec.ts", "**/load-smoke.spec.ts"];

/**
 * Debian's Chromium, two builds of one engine (Playwright may not download browsers here). Most specs
 * drive chromium-headless-shell, the build Playwright itself prefers for headless runs: the same
 * Blink and cookie code without the browser's own layer, and it took 0.56x the time of the full
 * browser on the same specs here. Specs whose outcome depends on that browser layer run in the full
 * browser: Chromium blocks third-party cookies in Playwright's off-the-record contexts, the shell
 * does not (embed.spec), and explainer-vs-chromium checks the explainer against the browser people use.
 */
const HEADLESS_SHELL = process.env.CHROME_HEADLESS_SHELL_PATH ?? "/usr/bin/chromium-headless-shell";
export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FULL_BROWSER = ["**/embed.spec.ts", "**/explainer-vs-chromium.spec.ts"];

/**
 * Every demo's main flow in Firefox (Debian's firefox-esr, driven by puppeteer-core over WebDriver
 * BiDi through e2e/firefox.ts, not by Playwright's `page`). One worker, so one Firefox: it takes one
 * of the two worker slots beside the Chromium projects, and its tests share that one browser.
 */
const FIREFOX = ["**/e2e/firefox/*.spec.ts"];

/**
 * e2e tests against the production build, which `npm test` makes before it runs Playwright. Each
 * test has its own browser context (its own cookie jar), so all but the SERIAL specs run side by side.
 */
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  // The JSON report feeds the "N passed, N failed" line of `npm test`.
  reporter: [["list"], ["json", { outputFile: ".test-output/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: HEADLESS_SHELL,
      args: CHROME_ARGS,
    },
    trace: "off",
  },
  projects: [
    { name: "parallel", testIgnore: [...SERIAL, ...FULL_BROWSER, ...FIREFOX], fullyParallel: true },
    {
      name: "full-chromium",
      testMatch: FULL_BROWSER,
      testIgnore: FIREFOX,
      fullyParallel: true,
      use: { launchOptions: { executablePath: CHROMIUM, args: CHROME_ARGS } },
    },
    { name: "firefox", testMatch: FIREFOX, fullyParallel: false, workers: 1 },
    { name: "serial", testMatch: SERIAL, fullyParallel: false, workers: 1, dependencies: ["parallel", "full-chromium", "firefox"] },
  ],
  webServer: {
    // A run starts from an empty data folder: no session or secret left by an earlier run.
    command: `rm -rf ${DATA_DIR} && node server.mjs -p ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", DATA_DIR },
  },
});
