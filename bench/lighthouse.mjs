#!/usr/bin/env node
// Lighthouse 12 (from the npm registry, run with npx) with Debian's Chromium on pages of the
// production build: a lesson, a demo, an embed, the explainer and the instructors page, or the paths
// given. Each page runs RUNS times (3 unless set) and the row is the median run by performance score,
// as Lighthouse's own docs advise: one run on a shared machine varies by ±0.05.
// Usage: npm run build && [RUNS=5] [RENDER_DOCUMENT=on] node bench/lighthouse.mjs [/path …]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import chromiumArgs from "../scripts/chromium-args.json" with { type: "json" };
import { nextArgs, startServer } from "./lib/processes.mjs";

const LIGHTHOUSE = "lighthouse@12.8.2";
const DEFAULT_PAGES = ["/learn/sessions", "/demos/cookie-basics", "/embed/cookie-basics", "/tools/explain", "/instructors"];
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
const RUNS = Number(process.env.RUNS ?? 3);
// Lighthouse's launcher (chrome-launcher 1.x, DEFAULT_FLAGS in dist/flags.js) disables these
// features. One of them, RenderDocument (on by default in Chromium), is why the first frame is
// drawn a second late in its runs (BENCHMARKS.md § Lighthouse). RENDER_DOCUMENT=on keeps the
// others off and leaves RenderDocument on; Chromium honours only the last --disable-features
// switch, so the list is passed whole.
const LAUNCHER_DISABLED_FEATURES = [
  "Translate",
  "OptimizationHints",
  "MediaRouter",
  "DialMediaRouteProvider",
  "CalculateNativeWinOcclusion",
  "InterestFeedContentSuggestions",
  "CertificateTransparencyComponentUpdater",
  "AutofillServerCommunication",
  "PrivacySandboxSettings4",
];
const RENDER_DOCUMENT_ON = process.env.RENDER_DOCUMENT === "on";
const FLAGS = ["--headless=new", ...chromiumArgs, ...(RENDER_DOCUMENT_ON ? [`--disable-features=${LAUNCHER_DISABLED_FEATURES.join(",")}`] : [])].join(" ");
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

const out = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
const app = await startServer(nextArgs(), { env: { DATA_DIR: out }, probe: "/api/baseline" });
const rows = [];
let file = 0;
/** One Lighthouse run: the four category scores, the metrics in ms, and the machine's benchmark index. */
function lighthouse(page) {
  const output = path.join(out, `${file++}.json`);
  execFileSync(
    "npx",
    [
      "-y",
      LIGHTHOUSE,
      `${app.url}${page}`,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${FLAGS}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const { categories, audits, environment } = JSON.parse(readFileSync(output, "utf8"));
  return {
    ...Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.score])),
    fcp: audits["first-contentful-paint"].numericValue,
    lcp: audits["largest-contentful-paint"].numericValue,
    tbt: audits["total-blocking-time"].numericValue,
    benchmarkIndex: environment.benchmarkIndex,
  };
}
try {
  for (const page of PAGES) {
    const runs = Array.from({ length: RUNS }, () => lighthouse(page)).sort((a, b) => a.performance - b.performance);
    rows.push({ page, ...runs[Math.floor(runs.length / 2)], all: runs.map((r) => r.performance) });
  }
} finally {
  await app.stop();
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `\n${LIGHTHOUSE}, Chromium ${execFileSync(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"])
    .toString()
    .trim()}, default mobile emulation and simulated throttling, median of ${RUNS} runs${RENDER_DOCUMENT_ON ? ", RenderDocument on" : ""}\n`,
);
console.log("| page | performance (all runs) | accessibility | best practices | SEO | FCP | LCP | TBT | benchmarkIndex |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.page} | ${r.performance} (${r.all.join(", ")}) | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${Math.round(r.tbt / 10) * 10} ms | ${Math.round(r.benchmarkIndex)} |`,
  );
// Simulated throttling multiplies the CPU time it measures: a busy machine lowers the performance score.
console.log(
  `\nload average at the end (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} on ${cpus().length} cores`,
);
