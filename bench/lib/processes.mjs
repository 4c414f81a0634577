// Starting and stopping the servers a benchmark compares, each in its own process group on loopback.
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
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

/**
 * Spawns `node <args>` with PORT set, waits until `probe` answers, and returns { url, pid, stop }.
 * `cpus` ("1", "0-1") runs it under `taskset`, so it never shares a core with the load generator.
 */
export async function startServer(args, { env = {}, probe = "/", cpus } = {}) {
  const port = await freePort();
  const [command, argv] = cpus ? ["taskset", ["-c", cpus, process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command, argv, { detached: true, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env } });
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

/**
 * BENCH_PIN=1 on a machine with 2+ cores: the load generator (this process) keeps CPU 0 and every
 * server gets the others, so autocannon never takes CPU time from the server it measures.
 * Returns the CPU list for servers, or undefined when not pinning.
 */
export function pinLoadGenerator() {
  if (process.env.BENCH_PIN !== "1") return undefined;
  const cpus = availableParallelism();
  if (cpus < 2) throw new Error("BENCH_PIN=1 needs at least 2 cores.");
  const r = spawnSync("taskset", ["-a", "-p", "-c", "0", String(process.pid)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`taskset failed: ${r.stderr}`);
  return cpus === 2 ? "1" : `1-${cpus - 1}`;
}
