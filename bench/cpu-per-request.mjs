#!/usr/bin/env node
// CPU time the app process spends per request, per scenario: a fixed number of requests, and the
// process's user+system time read from /proc before and after. Unlike req/s, this barely moves when
// other work shares the machine, so it is the number to watch while changing a handler.
// Usage: npm run build && node bench/cpu-per-request.mjs [requests per scenario]
import autocannon from "autocannon";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { newSessionCookie, nextArgs, startServer } from "./lib/processes.mjs";

const N = Number(process.argv[2] ?? 5000);
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** user + system CPU of a process and all its threads, in ms, from /proc/<pid>/stat. */
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
};
const json = { "content-type": "application/json" };
const run = (url, opts, amount) =>
  new Promise((resolve, reject) => autocannon({ url, connections: 10, amount, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));

const appEnv = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-cpu-")), SESSION_STORE: process.env.SESSION_STORE ?? "sqlite" };
const app = await startServer(nextArgs(), { env: appEnv, probe: "/api/baseline" });
// The same build on the memory store: the session rows without SQLite (each row reads its own app's CPU).
const appMemory = await startServer(nextArgs(), { env: { ...appEnv, SESSION_STORE: "memory" }, probe: "/api/baseline" });
const cookie = await newSessionCookie(app.url);
const memoryCookie = await newSessionCookie(appMemory.url);
const cookieBody = '{"name":"theme","value":"dark","path":"/","httpOnly":true}';
const scenarios = [
  ["GET /api/baseline", app, "/api/baseline", {}],
  ["POST /api/baseline", app, "/api/baseline", { method: "POST", headers: json, body: cookieBody }],
  ["POST /api/cookies", app, "/api/cookies", { method: "POST", headers: json, body: cookieBody }],
  [`GET /api/session (${appEnv.SESSION_STORE})`, app, "/api/session", { headers: { cookie } }],
  ["GET /api/session (memory)", appMemory, "/api/session", { headers: { cookie: memoryCookie } }],
  [`POST /api/session (${appEnv.SESSION_STORE})`, app, "/api/session", { method: "POST", headers: { ...json, cookie }, body: '{"n":1}' }],
  ["POST /api/session (memory)", appMemory, "/api/session", { method: "POST", headers: { ...json, cookie: memoryCookie }, body: '{"n":1}' }],
  ["POST /api/explain", app, "/api/explain", { method: "POST", headers: json, body: JSON.stringify({ setCookie: ["sid=1; Path=/; Secure; HttpOnly; SameSite=Lax", "t=1; Max-Age=60", "x=1; SameSite=None"], url: "https://example.com/" }) }],
];
// The N requests of a row are spread over ROUNDS rounds in which every row takes its turn, so a
// slow moment of a shared machine weighs on all rows alike.
const ROUNDS = 5;
const rows = scenarios.map(([name]) => ({ name, ms: 0 }));
try {
  for (const [, server, route, opts] of scenarios) await run(server.url + route, opts, 2000);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [name, server, route, opts]] of scenarios.entries()) {
      const url = server.url + route;
      await run(url, opts, 500); // back to steady state after the other rows
      const before = cpuMs(server.pid);
      const r = await run(url, opts, N / ROUNDS);
      rows[i].ms += cpuMs(server.pid) - before;
      if (r.errors || r.non2xx) throw new Error(`${name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
    }
  }
  for (const row of rows) row.us = (row.ms * 1000) / N;
} finally {
  await Promise.all([app.stop(), appMemory.stop()]);
}
console.log(`\n${N} requests per row in ${ROUNDS} rounds, 10 connections, Node ${process.version}\n`);
console.log("| route | CPU µs / request | vs GET baseline | vs POST baseline |");
console.log("|---|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.us)} | ${(rows[0].us / r.us).toFixed(2)}× | ${(rows[1].us / r.us).toFixed(2)}× |`);
