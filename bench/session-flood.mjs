#!/usr/bin/env node
// A flood of new sessions against the production build: the app's memory stays bounded (the memory
// store evicts; SQLite honours its cap) and the site stays responsive. Usage:
//   npm run build && node bench/session-flood.mjs [sessions]
import autocannon from "autocannon";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextArgs, rssMiB, startServer } from "./lib/processes.mjs";

const SESSIONS = Number(process.argv[2] ?? 100_000);
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

async function flood(store) {
  const app = await startServer(nextArgs(), {
    env: { DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-flood-")), SESSION_STORE: store },
    probe: "/api/baseline",
  });
  const before = await rssMiB(app.pid);
  let peak = before;
  const probes = [];
  const timer = setInterval(async () => {
    peak = Math.max(peak, await rssMiB(app.pid).catch(() => 0));
    const t = performance.now();
    const ok = await fetch(`${app.url}/api/cookies`).then(
      (r) => r.ok,
      () => false,
    );
    probes.push({ ms: performance.now() - t, ok });
  }, 250);
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${app.url}/api/session`,
        connections: 50,
        amount: SESSIONS,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"cart":[1,2,3]}',
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    ),
  );
  clearInterval(timer);
  const after = await rssMiB(app.pid);
  await app.stop();
  const probeMs = probes.map((p) => p.ms).sort((a, b) => a - b);
  return {
    store,
    sessions: SESSIONS,
    seconds: result.duration,
    created: result["2xx"],
    refused: result.non2xx,
    errors: result.errors,
    rssBefore: before.toFixed(0),
    rssPeak: peak.toFixed(0),
    rssAfter: after.toFixed(0),
    probeP50: probeMs[Math.floor(probeMs.length / 2)]?.toFixed(0),
    probeMax: probeMs.at(-1)?.toFixed(0),
    probesFailed: probes.filter((p) => !p.ok).length,
  };
}

const rows = [];
for (const store of ["memory", "sqlite"]) {
  rows.push(await flood(store));
  console.error(JSON.stringify(rows.at(-1)));
}
console.log(`\n${SESSIONS} POST /api/session without a cookie (each starts a session), 50 connections, Node ${process.version}\n`);
console.log(
  "| store | seconds | created (2xx) | refused (non-2xx) | errors | RSS before MiB | RSS peak MiB | RSS after MiB | GET /api/cookies during the flood: p50 / max ms | probes failed |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.store} | ${r.seconds} | ${r.created} | ${r.refused} | ${r.errors} | ${r.rssBefore} | ${r.rssPeak} | ${r.rssAfter} | ${r.probeP50} / ${r.probeMax} | ${r.probesFailed} |`,
  );
}
