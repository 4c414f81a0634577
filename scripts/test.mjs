#!/usr/bin/env node
// The whole test suite, as `npm test` runs it: lint, types, unit + integration (Vitest, real SQLite and
// redis-server), the production build, and e2e in Debian's Chromium (Playwright) and Firefox ESR (e2e/firefox.ts). It installs the
// system packages npm cannot (chromium, chromium-headless-shell, firefox-esr, redis-server) when they are missing and it can (root on Debian).
// Everything runs on the Node that runs this file (npx, ESLint, tsc, Vitest, next build, Playwright and
// its `next start`): to test on another version, run it with that Node first on PATH
// (scripts/test-node-versions.mjs does, for the versions the npm registry's `node` package has).
//
// `npm test -- --node-dependent` runs only what can differ from one Node version to another: the
// native addon (better-sqlite3), the stores and the route handlers in-process (lib/session, app/api),
// the production build, and an e2e smoke against it (NODE_SMOKE_SPECS, SQLite under load included).
// CI runs it on the current LTS after the whole suite on the machine's Node.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureBetterSqlite3, headersDir } from "./native-addons.mjs";
import { failedTests } from "./test-report.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// The tools below start `node` through PATH (npx's shebang, Playwright's web server): when the `node`
// found there is another one than this (e.g. `/opt/node24/bin/node scripts/test.mjs`), put this one first.
const nodeOnPath = spawnSync("node", ["-p", "process.execPath"], { encoding: "utf8", env }).stdout?.trim();
if (!nodeOnPath || realpathSync(nodeOnPath) !== realpathSync(process.execPath)) {
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? ""}`;
}
console.log(`▶ Node ${process.version} (${process.execPath})`);
const SYSTEM_PACKAGES = [
  { pkg: "chromium", binary: process.env.CHROME_PATH ?? "/usr/bin/chromium", why: "the e2e tests that need the full browser drive it" },
  { pkg: "chromium-headless-shell", binary: process.env.CHROME_HEADLESS_SHELL_PATH ?? "/usr/bin/chromium-headless-shell", why: "most e2e tests drive it" },
  { pkg: "firefox-esr", binary: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr", why: "the e2e firefox project drives it" },
  { pkg: "redis-server", binary: "/usr/bin/redis-server", why: "the Redis store tests run against it" },
];

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !existsSync(p.binary));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg).join(" ");
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    for (const p of missing) console.error(`Missing ${p.binary}: ${p.why}.`);
    console.error(`Please install them (on Debian or Ubuntu: sudo apt-get install -y ${names}) and run npm test again.`);
    process.exit(1);
  }
  console.log(`\n▶ Installing ${names} with apt-get (needed by the tests)`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing.map((p) => p.pkg)], { stdio: "inherit", env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
}

const started = performance.now();
/** Wall-clock seconds of each phase, printed at the end. */
const phaseTimes = [];
const seconds = (since) => (performance.now() - since) / 1000;

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  phaseTimes.push({ title, seconds: seconds(t0) });
  return result.status === 0;
}

/**
 * Runs the commands side by side (each keeps its own output, printed whole when it ends, so the two
 * logs never interleave), and resolves true if all succeeded.
 */
async function runSideBySide(jobs) {
  const results = await Promise.all(
    jobs.map(
      ({ title, command, args }) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
          let output = "";
          child.stdout.on("data", (d) => (output += d));
          child.stderr.on("data", (d) => (output += d));
          child.on("close", (code) => {
            const took = seconds(t0);
            console.log(
              `\n▶ ${title}: ${command} ${args.join(" ")} (${took.toFixed(1)} s, beside ${jobs
                .filter((j) => j.title !== title)
                .map((j) => j.title)
                .join(", ")})`,
            );
            if (output) process.stdout.write(output);
            phaseTimes.push({ title, seconds: took });
            resolve(code === 0);
          });
        }),
    ),
  );
  return results.every(Boolean);
}

function printPhaseTimes() {
  console.log("\n▶ Phase times (wall clock)");
  for (const { title, seconds: s } of phaseTimes) console.log(`  ${title.padEnd(28)} ${s.toFixed(1).padStart(6)} s`);
  const total = seconds(started);
  console.log(`  ${"total".padEnd(28)} ${total.toFixed(1).padStart(6)} s (${Math.floor(total / 60)} min ${Math.round(total % 60)} s)`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

ensureSystemPackages();
if (!existsSync("node_modules/.bin/next")) {
  // Native addons compile against this Node's own headers (not a nodedir of another version in an npmrc).
  const nodedir = headersDir();
  const ok = run("Installing npm packages", "npm", ["install", "--no-audit", "--no-fund"], nodedir ? { npm_config_nodedir: nodedir } : {});
  if (!ok) process.exit(1);
}
// better-sqlite3's addon is compiled for one Node ABI: rebuild it when the tree was installed by another Node.
if (!ensureBetterSqlite3()) process.exit(1);
rmSync(".test-output", { recursive: true, force: true });

const nodeDependent = process.argv.includes("--node-dependent");
const NODE_UNIT_DIRS = ["lib/session", "app/api"];
const NODE_SMOKE_SPECS = [
  "e2e/api-cookies.spec.ts",
  "e2e/cookie-basics.spec.ts",
  "e2e/demo-session-basics.spec.ts",
  "e2e/load-smoke.spec.ts",
  "e2e/stores.spec.ts",
];
const npx = "npx";
const checked =
  nodeDependent ||
  (await runSideBySide([
    { title: "Lint", command: npx, args: ["eslint", "--max-warnings=0", "."] },
    { title: "Format", command: npx, args: ["prettier", "--check", "."] },
    { title: "Types", command: npx, args: ["tsc", "--noEmit"] },
  ]));
if (!checked) {
  printPhaseTimes();
  console.error("\nLint, format or type check failed: fix those first (`npx prettier --write .` formats the tree).");
  process.exit(1);
}
const unitOk = run("Unit and integration tests", npx, [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=.test-output/unit.json",
  ...(nodeDependent ? NODE_UNIT_DIRS : []),
]);
const buildOk = run("Production build", npx, ["next", "build"]);
// --no-deps: the smoke's serial specs run without the projects they wait for in a whole run.
const e2eOk =
  buildOk && run("End-to-end tests in Chromium and Firefox", npx, ["playwright", "test", ...(nodeDependent ? ["--no-deps", ...NODE_SMOKE_SPECS] : [])]);
// docs/browsers.md is generated from what the engines did in this e2e run (.test-output/engines): the
// script rewrites it and fails when the checked-in table differs (dates aside), so it cannot drift.
const tableOk = nodeDependent || !e2eOk || run("Browser table (docs/browsers.md)", process.execPath, ["scripts/browser-table.mjs", "--check"]);
printPhaseTimes();

const unit = readJson(".test-output/unit.json");
const e2e = readJson(".test-output/e2e.json");
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
// The tests that failed, by name, with the first line of each error: CI shows only the end of the log,
// so the end names them (scripts/test-node-versions.mjs repeats these lines in its summary).
for (const name of failedTests(unit, e2e)) console.log(`FAILED TEST: ${name}`);
console.log(
  `\nunit: ${unit?.numPassedTests ?? 0} passed, e2e: ${e2e?.stats?.expected ?? 0} passed, on Node ${process.version}${nodeDependent ? " (the Node-dependent part only)" : ""}`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
const ok = unitOk && buildOk && e2eOk && tableOk && failed === 0 && skipped === 0 && passed > 0;
if (!ok)
  console.error(
    !buildOk
      ? "The production build failed."
      : !tableOk
        ? "docs/browsers.md does not match what Chromium and Firefox did in this run: commit the rewritten file (see above)."
        : "Some tests failed: see above.",
  );
process.exit(ok ? 0 : 1);
