#!/usr/bin/env node
// Two app instances behind nginx (round-robin, loopback): with the Redis store every request sees the
// same session; with the memory store each instance knows only its own sessions. Usage:
//   npm run build && node bench/scale-out.mjs [reads]      (needs nginx and redis-server: apt-get install nginx redis-server)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, nextArgs, startServer } from "./lib/processes.mjs";

const READS = Number(process.argv[2] ?? 200);
for (const bin of ["/usr/sbin/nginx", "/usr/bin/redis-server"])
  if (!existsSync(bin)) throw new Error(`${bin} is missing: apt-get install -y nginx redis-server`);
if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

/** Spawns a daemon-less process in its own group, and returns a stop function that kills the group. */
function spawnGroup(cmd, args) {
  const child = spawn(cmd, args, { detached: true, stdio: "ignore" });
  return () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), process.kill(-child.pid, "SIGTERM"))));
}

async function startNginx(upstreams) {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "bench-nginx-"));
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log; worker_processes 1;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir};
  upstream app { ${upstreams.map((u) => `server ${u.replace("http://", "")};`).join(" ")} }
  server { listen 127.0.0.1:${port}; location / { proxy_pass http://app; proxy_set_header Host $host:$server_port; } } }`,
  );
  const stop = spawnGroup("/usr/sbin/nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir]);
  const url = `http://127.0.0.1:${port}`;
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(`${url}/api/baseline`).then(
      () => true,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  return { url, stop };
}

async function trial(store, env) {
  const instances = await Promise.all(
    ["a", "b"].map((n) =>
      startServer(nextArgs(), {
        env: { ...env, SESSION_STORE: store, INSTANCE_NAME: `instance-${n}`, DATA_DIR: mkdtempSync(path.join(tmpdir(), "bench-scale-")) },
        probe: "/api/baseline",
      }),
    ),
  );
  const nginx = await startNginx(instances.map((i) => i.url));
  try {
    const res = await fetch(`${nginx.url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"user":"ada"}' });
    const cookie = res.headers.getSetCookie()[0].split(";")[0];
    let found = 0;
    const servedBy = new Map();
    for (let i = 0; i < READS; i++) {
      const server = (await (await fetch(`${nginx.url}/api/session`, { headers: { cookie } })).json()).exchange.server;
      if (server.session?.data?.user === "ada") found++;
      servedBy.set(server.instance, (servedBy.get(server.instance) ?? 0) + 1);
    }
    return { store, reads: READS, found, servedBy: Object.fromEntries(servedBy) };
  } finally {
    await nginx.stop();
    await Promise.all(instances.map((i) => i.stop()));
  }
}

const redisPort = await freePort();
const stopRedis = spawnGroup("/usr/bin/redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
await new Promise((r) => setTimeout(r, 300));
const rows = [];
try {
  rows.push(await trial("memory", {}));
  rows.push(await trial("redis", { REDIS_URL: `redis://127.0.0.1:${redisPort}` }));
} finally {
  await stopRedis();
}
console.log(`\nnginx round-robin over two instances; one POST /api/session, then ${READS} GET /api/session with its cookie\n`);
console.log("| store | reads | reads that found the session | share | served by |");
console.log("|---|---:|---:|---:|---|");
for (const r of rows)
  console.log(
    `| ${r.store} | ${r.reads} | ${r.found} | ${((100 * r.found) / r.reads).toFixed(0)} % | ${Object.entries(r.servedBy)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")} |`,
  );
