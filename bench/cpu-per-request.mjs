#!/usr/bin/env node
// CPU time the app process spends per request, per scenario: a fixed number of requests, and the
// process's user+system time read from /proc before and after. Unlike req/s, this barely moves when
// other work shares the machine, so it is the number to watch while changing a handler.
// Usage: npm run build && node bench/cpu-per-request.mjs [requests per scenario]
import autocannon from "autocannon";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextArgs, startServer } from "./lib/processes.mjs";
import { COOKIE_BODY, EXPLAIN_BODY, JSON_HEADERS as json, newSessionCookie, SESSION_WRITE_BODY } from "./lib/requests.mjs";

const N = Number(process.argv[2] ?? 5000);
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** user + system CPU of a process and all its threads, in ms, from /proc/<pid>/stat. */
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
};
const run = (url, opts, amount) =>
  new Promise((resolve, reject) => autocannon({ url, connections: 10, amount, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));

const appEnv = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-cpu-")), SESSION_STORE: process.env.SESSION_STORE ?? "sqlite" };
const app = await startServer(nextArgs(), { env: appEnv, probe: "/api/baseline" });
// The same build on the memory store: the session rows without SQLite (each row reads its own app's CPU).
const appMemory = await startServer(nextArgs(), { env: { ...appEnv, SESSION_STORE: "memory" }, probe: "/api/baseline" });
const cookie = await newSessionCookie(app.url);
const memoryCookie = await newSessionCookie(appMemory.url);
const store = appEnv.SESSION_STORE;
// Each app process has its own baselines: a row is compared with the plain route of the process
// that served it, which has run the same mix of requests (its heap and JIT state), not the other one.
const scenarios = [
  ["GET /api/baseline", app, "/api/baseline", {}],
  ["POST /api/baseline", app, "/api/baseline", { method: "POST", headers: json, body: COOKIE_BODY }],
  ["POST /api/cookies", app, "/api/cookies", { method: "POST", headers: json, body: COOKIE_BODY }],
  [`GET /api/session (${store})`, app, "/api/session", { headers: { cookie } }],
  [`POST /api/session (${store})`, app, "/api/session", { method: "POST", headers: { ...json, cookie }, body: SESSION_WRITE_BODY }],
  ["POST /api/explain", app, "/api/explain", { method: "POST", headers: json, body: EXPLAIN_BODY }],
  ["GET /api/baseline (memory-store app)", appMemory, "/api/baseline", {}],
  ["POST /api/baseline (memory-store app)", appMemory, "/api/baseline", { method: "POST", headers: json, body: COOKIE_BODY }],
  ["GET /api/session (memory)", appMemory, "/api/session", { headers: { cookie: memoryCookie } }],
  ["POST /api/session (memory)", appMemory, "/api/session", { method: "POST", headers: { ...json, cookie: memoryCookie }, body: SESSION_WRITE_BODY }],
];
// The N requests of a row are spread over ROUNDS rounds in which every row takes its turn, so a
// slow moment of a shared machine weighs on all rows alike. A row's ratio is the median of its
// rounds' ratios to its process's baselines in the same round: one round disturbed by a major GC
// or another program moves the total, not the median.
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const rows = scenarios.map(([name, server]) => ({ name, server, rounds: [] }));
try {
  for (const [, server, route, opts] of scenarios) await run(server.url + route, opts, 2000);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [name, server, route, opts]] of scenarios.entries()) {
      const url = server.url + route;
      await run(url, opts, 500); // back to steady state after the other rows
      const before = cpuMs(server.pid);
      const r = await run(url, opts, N / ROUNDS);
      rows[i].rounds.push((cpuMs(server.pid) - before) / (N / ROUNDS));
      if (r.errors || r.non2xx) throw new Error(`${name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
    }
  }
} finally {
  await Promise.all([app.stop(), appMemory.stop()]);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const baselines = (server) => rows.filter((r) => r.server === server && r.name.includes("/api/baseline"));
const ratio = (base, row) => median(row.rounds.map((ms, k) => base.rounds[k] / ms)).toFixed(2) + "×";
console.log(`\n${N} requests per row in ${ROUNDS} rounds, 10 connections, Node ${process.version}\n`);
console.log("| route | CPU µs / request | vs GET baseline | vs POST baseline |");
console.log("|---|---:|---:|---:|");
for (const r of rows) {
  const [get, post] = baselines(r.server);
  const us = (r.rounds.reduce((a, b) => a + b, 0) / ROUNDS) * 1000;
  console.log(`| ${r.name} | ${Math.round(us)} | ${ratio(get, r)} | ${ratio(post, r)} |`);
}
