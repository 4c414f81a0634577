#!/usr/bin/env node
// Lighthouse 12 (from the npm registry, run with npx) with Debian's Chromium on the home page and two
// lessons of the production build. Usage: npm run build && node bench/lighthouse.mjs
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import chromiumArgs from "../scripts/chromium-args.json" with { type: "json" };
import { nextArgs, startServer } from "./lib/processes.mjs";

const LIGHTHOUSE = "lighthouse@12.8.2";
const PAGES = ["/", "/learn/sessions", "/learn/express-and-nextjs"];
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
    const { categories } = JSON.parse(readFileSync(file, "utf8"));
    rows.push({ page, ...Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.score])) });
  }
} finally {
  await app.stop();
}
console.log(
  `\n${LIGHTHOUSE}, Chromium ${execFileSync(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"])
    .toString()
    .trim()}, default mobile emulation and simulated throttling\n`,
);
console.log("| page | performance | accessibility | best practices | SEO |");
console.log("|---|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} |`);
