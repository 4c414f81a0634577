#!/usr/bin/env node
// HTTP load on the production build, side by side with the seeds' Express programs and a bare
// node:http server, in one run. Usage: npm run build && node bench/http-load.mjs [seconds per scenario]
import autocannon from "autocannon";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextArgs, startServer } from "./lib/processes.mjs";

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 50;
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

const json = { "content-type": "application/json" };
const run = (url, opts) =>
  new Promise((resolve, reject) => autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));

const appEnv = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-http-")), SESSION_STORE: "sqlite", ...(process.env.APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.APP_NODE_OPTIONS } : {}) };
const app = await startServer(nextArgs(), { env: appEnv, probe: "/api/baseline" });
const expressCookie = await startServer(["bench/servers/express-cookie.mjs"], { probe: "/getCookie" });
const expressSession = await startServer(["bench/servers/express-session.mjs"], { probe: "/getSession" });
const floor = await startServer(["bench/servers/node-http.mjs"]);

const ours = (await fetch(`${app.url}/api/session`, { method: "POST", headers: json, body: '{"cart":1}' })).headers.getSetCookie()[0].split(";")[0];
const theirs = (await fetch(`${expressSession.url}/setSession`)).headers.getSetCookie()[0].split(";")[0];

const scenarios = [
  ["set cookie", "Next.js baseline route (sets one cookie)", `${app.url}/api/baseline`, {}],
  ["set cookie", "Next.js baseline route, POST (reads the body, sets one cookie)", `${app.url}/api/baseline`, { method: "POST", headers: json, body: '{"name":"theme","value":"dark","path":"/","httpOnly":true}' }],
  ["set cookie", "lab: POST /api/cookies", `${app.url}/api/cookies`, { method: "POST", headers: json, body: '{"name":"theme","value":"dark","path":"/","httpOnly":true}' }],
  ["set cookie", "seeds' Express: GET /setCookie (cookie-parser)", `${expressCookie.url}/setCookie`, {}],
  ["set cookie", "bare node:http", floor.url, {}],
  ["read session", "lab: GET /api/session (SQLite)", `${app.url}/api/session`, { headers: { cookie: ours } }],
  ["read session", "seeds' Express: GET /getSession (MemoryStore)", `${expressSession.url}/getSession`, { headers: { cookie: theirs } }],
  ["write session", "lab: POST /api/session (SQLite)", `${app.url}/api/session`, { method: "POST", headers: { ...json, cookie: ours }, body: '{"n":1}' }],
  ["write session", "seeds' Express: GET /setSession (MemoryStore)", `${expressSession.url}/setSession`, { headers: { cookie: theirs } }],
  ["explain", "lab: POST /api/explain (3 lines)", `${app.url}/api/explain`, { method: "POST", headers: json, body: JSON.stringify({ setCookie: ["sid=1; Path=/; Secure; HttpOnly; SameSite=Lax", "t=1; Max-Age=60", "x=1; SameSite=None"], url: "https://example.com/" }) }],
];

const rows = [];
try {
  // Warm every route first: Next.js loads a route's code on its first request, and V8 needs a moment.
  for (const [, , url, opts] of scenarios) await run(url, { ...opts, duration: 2 });
  for (const [scenario, name, url, opts] of scenarios) {
    // And again right before each row: while the other servers were measured this one sat idle, and
    // V8 shrinks an idle heap's young generation, which the first seconds of load would then pay for.
    await run(url, { ...opts, duration: 2 });
    const r = await run(url, opts);
    rows.push({ scenario, name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx });
    console.error(`${scenario} · ${name}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms`);
  }
} finally {
  await Promise.all([app, expressCookie, expressSession, floor].map((s) => s.stop()));
}

const baseline = rows[0].rps;
const postBaseline = rows[1].rps;
const byScenario = (s) => rows.filter((r) => r.scenario === s);
const setup = process.env.APP_NODE_OPTIONS ? `; the app with NODE_OPTIONS=${process.env.APP_NODE_OPTIONS}` : "";
console.log(`\nautocannon, ${CONNECTIONS} connections, ${SECONDS} s per row, Node ${process.version}, ${(await import("node:os")).cpus().length} cores${setup}\n`);
console.log("| scenario | server | req/s | p50 ms | p99 ms | errors | non-2xx | vs Next.js baseline (GET) | vs Next.js baseline (POST) | vs seeds' Express | vs node:http |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const express = byScenario(r.scenario).find((x) => x.name.startsWith("seeds'"));
  const floorRow = rows.find((x) => x.name === "bare node:http");
  const ratio = (x) => (x ? `${(r.rps / x.rps).toFixed(2)}×` : "");
  console.log(`| ${r.scenario} | ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${(r.rps / baseline).toFixed(2)}× | ${(r.rps / postBaseline).toFixed(2)}× | ${ratio(express)} | ${ratio(floorRow)} |`);
}
