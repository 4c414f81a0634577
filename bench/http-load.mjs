#!/usr/bin/env node
// HTTP load on the production build, side by side with the seeds' Express programs and a bare
// node:http server, in one run. Usage: npm run build && node bench/http-load.mjs [seconds per row] [autocannon|wrk|autocannon,wrk]
//
// Each row's seconds are spread over BENCH_ROUNDS rounds (default 5), and every round gives every
// row its slice: on a shared machine a slow minute then falls on all rows alike, not on whichever
// row happened to run in it, so the ratios between rows hold. Each slice opens 50 fresh connections;
// the first response on each (TCP connect, plus the previous slice's tail) is left out of the
// latency percentiles, which describe connections in use, as a browser's keep-alive ones are.
//
// The load generator is autocannon by default. `wrk` (lib/wrk.mjs) sends the same requests from a C
// program on one thread, to check what autocannon's share of the two cores costs the servers: its
// rows have throughput and counts, no latencies. `npm run test:bench` checks the wrk runner against real wrk.
import autocannon from "autocannon";
import { existsSync, mkdtempSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { nextArgs, startServer } from "./lib/processes.mjs";
import { assertWrk, runWrk } from "./lib/wrk.mjs";
import { COOKIE_BODY, EXPLAIN_BODY, JSON_HEADERS as json, newSessionCookie, SESSION_WRITE_BODY } from "./lib/requests.mjs";

/** The control row: a server of known cost. At 50 connections a fair queue makes each request wait about 50 × 1 ms. */
const CONTROL = "control: bare node:http, 1 ms of CPU per request";
const SECONDS = Number(process.argv[2] ?? 10);
/** autocannon, wrk, or both ("autocannon,wrk"): with both, every slice of every row runs once with each. */
const TOOLS = (process.argv[3] ?? "autocannon").split(",");
const CONNECTIONS = 50;
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
for (const tool of TOOLS)
  if (tool !== "autocannon" && tool !== "wrk") throw new Error(`Unknown load generator ${tool}: use autocannon, wrk or autocannon,wrk.`);
if (TOOLS.includes("wrk")) assertWrk();

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** One autocannon run of `seconds`; the latency (ms) of every response but each connection's first goes into `samples`. */
const runAutocannon = (url, opts, seconds, samples) =>
  new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, ...opts }, (err, r) => (err ? reject(err) : resolve(r)));
    const seen = new Set();
    instance.on("response", (client, _status, _bytes, ms) => {
      if (!seen.has(client)) seen.add(client);
      else samples?.push(ms);
    });
  });
/** The same with wrk, for the counts only (BENCHMARKS.md, "HTTP load", says why not its latencies). */
async function runWithWrk(url, opts, seconds) {
  const r = await runWrk(url, opts, seconds, CONNECTIONS);
  return { requests: { total: r.requests }, duration: r.duration, errors: r.errors, timeouts: 0, non2xx: r.non2xx };
}
const RUNNERS = { autocannon: runAutocannon, wrk: runWithWrk };
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const appEnv = {
  DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-http-")),
  SESSION_STORE: "sqlite",
  ...(process.env.APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.APP_NODE_OPTIONS } : {}),
};
const app = await startServer(nextArgs(), { env: appEnv, probe: "/api/baseline" });
// The same build on the memory store: the session rows without SQLite, to tell the store's cost from
// the framework's and the lab's own code.
const appMemory = await startServer(nextArgs(), { env: { ...appEnv, SESSION_STORE: "memory" }, probe: "/api/baseline" });
const expressCookie = await startServer(["bench/servers/express-cookie.mjs"], { probe: "/getCookie" });
const expressSession = await startServer(["bench/servers/express-session.mjs"], { probe: "/getSession" });
const floor = await startServer(["bench/servers/node-http.mjs"]);
const control = await startServer(["bench/servers/node-http.mjs"], { env: { BUSY_MS: "1" } });

const ours = await newSessionCookie(app.url);
const oursInMemory = await newSessionCookie(appMemory.url);
const theirs = (await fetch(`${expressSession.url}/setSession`)).headers.getSetCookie()[0].split(";")[0];

const scenarios = [
  ["set cookie", "Next.js baseline route (sets one cookie)", `${app.url}/api/baseline`, {}],
  [
    "set cookie",
    "Next.js baseline route, POST (reads the body, sets one cookie)",
    `${app.url}/api/baseline`,
    { method: "POST", headers: json, body: COOKIE_BODY },
  ],
  ["set cookie", "lab: POST /api/cookies", `${app.url}/api/cookies`, { method: "POST", headers: json, body: COOKIE_BODY }],
  ["set cookie", "seeds' Express: GET /setCookie (cookie-parser)", `${expressCookie.url}/setCookie`, {}],
  ["set cookie", "bare node:http", floor.url, {}],
  ["set cookie", CONTROL, control.url, {}],
  ["read session", "lab: GET /api/session (SQLite)", `${app.url}/api/session`, { headers: { cookie: ours } }],
  ["read session", "lab: GET /api/session (memory store)", `${appMemory.url}/api/session`, { headers: { cookie: oursInMemory } }],
  ["read session", "seeds' Express: GET /getSession (MemoryStore)", `${expressSession.url}/getSession`, { headers: { cookie: theirs } }],
  [
    "write session",
    "lab: POST /api/session (SQLite)",
    `${app.url}/api/session`,
    { method: "POST", headers: { ...json, cookie: ours }, body: SESSION_WRITE_BODY },
  ],
  [
    "write session",
    "lab: POST /api/session (memory store)",
    `${appMemory.url}/api/session`,
    { method: "POST", headers: { ...json, cookie: oursInMemory }, body: SESSION_WRITE_BODY },
  ],
  ["write session", "seeds' Express: GET /setSession (MemoryStore)", `${expressSession.url}/setSession`, { headers: { cookie: theirs } }],
  ["explain", "lab: POST /api/explain (3 lines)", `${app.url}/api/explain`, { method: "POST", headers: json, body: EXPLAIN_BODY }],
];

const results = Object.fromEntries(
  TOOLS.map((tool) => [tool, scenarios.map(([scenario, name]) => ({ scenario, name, requests: 0, seconds: 0, samples: [], errors: 0, non2xx: 0 }))]),
);
try {
  // Warm every route first: Next.js loads a route's code on its first request, and V8 needs a moment.
  for (const [, , url, opts] of scenarios) await RUNNERS[TOOLS[0]](url, opts, 2);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, [, name, url, opts]] of scenarios.entries()) {
      for (const tool of TOOLS) {
        const row = results[tool][i];
        // A second of warm-up before each slice: while the other servers ran, this one sat idle, and
        // V8 shrinks an idle heap's young generation, which the first moments of load would pay for.
        await RUNNERS[tool](url, opts, 1);
        const r = await RUNNERS[tool](url, opts, SECONDS / ROUNDS, row.samples);
        Object.assign(row, {
          requests: row.requests + r.requests.total,
          seconds: row.seconds + r.duration,
          errors: row.errors + r.errors + r.timeouts,
          non2xx: row.non2xx + r.non2xx,
        });
        console.error(`round ${round}/${ROUNDS} · ${tool} · ${name}: ${Math.round(r.requests.total / r.duration)} req/s`);
      }
    }
  }
  for (const row of Object.values(results).flat()) {
    // Only autocannon's rows time their responses (runWithWrk leaves the samples empty).
    const sorted = row.samples.sort((x, y) => x - y);
    Object.assign(row, { rps: row.requests / row.seconds, samples: undefined });
    if (sorted.length > 0)
      Object.assign(row, { mean: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
  }
} finally {
  await Promise.all([app, appMemory, expressCookie, expressSession, floor, control].map((s) => s.stop()));
}

const setup = process.env.APP_NODE_OPTIONS ? `; the app with NODE_OPTIONS=${process.env.APP_NODE_OPTIONS}` : "";
const ms = (x) => (x < 10 ? x.toFixed(1) : String(Math.round(x)));

function printTable(tool, rows) {
  const byScenario = (s) => rows.filter((r) => r.scenario === s);
  console.log(`\n${tool}, ${CONNECTIONS} connections, ${SECONDS} s per row in ${ROUNDS} rounds, Node ${process.version}, ${cpus().length} cores${setup}\n`);
  const timed = tool === "autocannon";
  const latencyHead = timed ? " mean ms | p50 ms | p99 ms |" : "";
  console.log(
    `| scenario | server | req/s |${latencyHead} errors | non-2xx | vs Next.js baseline (GET) | vs Next.js baseline (POST) | vs seeds' Express | vs node:http |`,
  );
  console.log(`|---|---|---:|${timed ? "---:|---:|---:|" : ""}---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) {
    const express = byScenario(r.scenario).find((x) => x.name.startsWith("seeds'"));
    const floorRow = rows.find((x) => x.name === "bare node:http");
    // The control row is there for its latency; its throughput is set by its busy loop.
    const ratio = (x) => (x && r.name !== CONTROL ? `${(r.rps / x.rps).toFixed(2)}×` : "");
    const latency = timed ? ` ${ms(r.mean)} | ${ms(r.p50)} | ${ms(r.p99)} |` : "";
    console.log(
      `| ${r.scenario} | ${r.name} | ${Math.round(r.rps)} |${latency} ${r.errors} | ${r.non2xx} | ${ratio(rows[0])} | ${ratio(rows[1])} | ${ratio(express)} | ${ratio(floorRow)} |`,
    );
  }
}

for (const tool of TOOLS) printTable(tool, results[tool]);
if (TOOLS.length === 2) {
  const [a, b] = TOOLS;
  console.log(`\nThroughput of the same rows with the two load generators (their slices alternated in every round)\n`);
  console.log(`| server | req/s ${a} | req/s ${b} | ${b} / ${a} |`);
  console.log("|---|---:|---:|---:|");
  for (const [i, x] of results[a].entries()) {
    const y = results[b][i];
    console.log(`| ${x.name} | ${Math.round(x.rps)} | ${Math.round(y.rps)} | ${(y.rps / x.rps).toFixed(2)}× |`);
  }
}
