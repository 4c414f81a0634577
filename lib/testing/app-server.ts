import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A production server (`server.mjs`, as `npm run serve` starts it) of this app, in its own process group, for tests and benches. */
export interface AppServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** Starts `server.mjs` on a free loopback port with `env` added, and waits until it answers. */
export async function startApp(env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.resolve("server.mjs"), "-p", String(port), "-H", "localhost"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited with code ${child.exitCode}: run "npm run build" first.`);
    const ok = await fetch(`${url}/api/cookies`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server.mjs did not answer on ${url} within 30 seconds.`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    stop: async () => {
      if (!child.pid || child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
