// server.mjs (the production server: Next.js's handler behind node:http, stamping each request's
// address for the per-client budgets) against a bare `next start` of the same build: GET and POST
// /api/session on one session, 20 connections, 5 s each after a 2 s warm-up. Run after `npm run build`:
// node bench/server-overhead.mjs. The new-session limit is lifted so the warm-up's one session is all.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
const start = (args, port) => {
  const c = spawn(process.execPath, [...args, "-p", String(port), "-H", "localhost"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, DATA_DIR: `/tmp/cmp-${port}`, CLIENT_NEW_SESSIONS: "100000000" },
  });
  return c;
};
const wait = async (url) => {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no server");
};
const rows = [];
for (const [name, args, port] of [
  ["next start", ["node_modules/next/dist/bin/next", "start"], 4101],
  ["server.mjs", ["server.mjs"], 4102],
]) {
  const child = start(args, port);
  const url = `http://127.0.0.1:${port}`;
  await wait(`${url}/api/cookies`);
  const first = await fetch(`${url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"a":1}' });
  const cookie = first.headers.getSetCookie()[0].split(";")[0];
  await autocannon({ url: `${url}/api/session`, connections: 20, duration: 2, headers: { cookie } });
  for (const [label, opts] of [
    ["GET /api/session", { headers: { cookie } }],
    ["POST /api/session", { method: "POST", headers: { cookie, "content-type": "application/json" }, body: '{"n":1}' }],
  ]) {
    const r = await autocannon({ url: `${url}/api/session`, connections: 20, duration: 5, ...opts });
    rows.push([name, label, r.requests.average, r.non2xx]);
  }
  process.kill(-child.pid, "SIGTERM");
}
console.table(rows);
