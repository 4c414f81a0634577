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

/**
 * Spawns `node <args>` with PORT set, waits until `probe` answers, and returns { url, pid, stop }.
 * A server that exits before `stop()` (a crash under load) is reported at once with the end of its
 * stderr, and the bench's exit code is set, so its rows cannot pass for a slow server's.
 */
export async function startServer(args, { env = {}, probe = "/" } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  let stopping = false;
  const name = args.join(" ");
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n${name} (PORT ${port}) exited during the bench (${signal ?? `code ${code}`}); the end of its stderr:\n${stderr || "(nothing)"}`);
    process.exitCode = 1;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}: ${stderr}`);
    if (
      await fetch(url + probe).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`${name} did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
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
