// Starting and stopping the servers a benchmark compares, each in its own process group on loopback.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns `node <args>` with PORT set, waits until `probe` answers, and returns { url, pid, stop }. */
export async function startServer(args, { env = {}, probe = "/" } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, args, { detached: true, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env } });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with code ${child.exitCode}`);
    if (await fetch(url + probe).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`${args.join(" ")} did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid, "SIGTERM");
      }),
  };
}

export function nextArgs() {
  return [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "localhost"];
}

/** Resident memory of a process, in MiB, from /proc (Linux). */
export async function rssMiB(pid) {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

