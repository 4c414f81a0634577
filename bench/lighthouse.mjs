#!/usr/bin/env node
// Lighthouse 12 (from the npm registry, run with npx) with Debian's Chromium on pages of the
// production build: a lesson, a demo, an embed, the explainer and the instructors page, or the paths
// given. Usage: npm run build && node bench/lighthouse.mjs [/path …]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import chromiumArgs from "../scripts/chromium-args.json" with { type: "json" };
import { nextArgs, startServer } from "./lib/processes.mjs";

const LIGHTHOUSE = "lighthouse@12.8.2";
const DEFAULT_PAGES = ["/learn/sessions", "/demos/cookie-basics", "/embed/cookie-basics", "/tools/explain", "/instructors"];
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
const FLAGS = ["--headless=new", ...chromiumArgs].join(" ");
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

const out = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
const app = await startServer(nextArgs(), { env: { DATA_DIR: out }, probe: "/api/baseline" });
const rows = [];
try {
  for (const page of PAGES) {
    const file = path.join(out, `${rows.length}.json`);
    execFileSync(
      "npx",
      [
        "-y",
        LIGHTHOUSE,
        `${app.url}${page}`,
        "--quiet",
        "--output=json",
        `--output-path=${file}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=${FLAGS}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    const { categories, audits } = JSON.parse(readFileSync(file, "utf8"));
    rows.push({
      page,
      ...Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.score])),
      lcp: audits["largest-contentful-paint"].displayValue,
      tbt: audits["total-blocking-time"].displayValue,
    });
  }
} finally {
  await app.stop();
}
console.log(
  `\n${LIGHTHOUSE}, Chromium ${execFileSync(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"])
    .toString()
    .trim()}, default mobile emulation and simulated throttling\n`,
);
console.log("| page | performance | accessibility | best practices | SEO | LCP | TBT |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${r.lcp} | ${r.tbt} |`);
// Simulated throttling multiplies the CPU time it measures: a busy machine lowers the performance score.
console.log(
  `\nload average at the end (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} on ${cpus().length} cores`,
);
