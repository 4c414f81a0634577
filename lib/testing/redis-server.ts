import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { freePort } from "./app-server";

const REDIS_SERVER = "/usr/bin/redis-server";

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGTERM to its process group) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (data is gone: no persistence). */
  start(): Promise<void>;
}

/**
 * Starts a private redis-server on a free loopback port, without persistence, in its own
 * process group so it is stopped by group id and never by name. Use in beforeAll/afterAll.
 */
export async function startTestRedis(): Promise<TestRedis> {
  ensureRedisServer();
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
    child = spawn(REDIS_SERVER, args, { detached: true, stdio: "ignore" });
    await waitForPong(port, child);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running?.pid || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
    process.kill(-running.pid, "SIGTERM");
    const timer = setTimeout(() => running.pid && process.kill(-running.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

/** `npm test` installs redis-server with the other system packages (scripts/test.mjs); a run of one file says what is missing. */
function ensureRedisServer(): void {
  if (existsSync(REDIS_SERVER)) return;
  const os = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8").match(/^PRETTY_NAME="?(.*?)"?$/m)?.[1] : undefined;
  throw new Error(
    `The Redis tests need a real redis-server at ${REDIS_SERVER}, which is missing${os ? ` on ${os}` : ""}; install it (Debian/Ubuntu: "sudo apt-get install -y redis-server") or run npm test, which installs it on Debian as root.`,
  );
}

/** Polls with a raw PING until the server answers +PONG (or gives up after 10 s). */
async function waitForPong(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} before answering on port ${port}.`);
    if (await ping(port)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`redis-server did not answer PING on 127.0.0.1:${port} within 10 seconds.`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.setTimeout(500);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (buf) => {
      socket.destroy();
      resolve(buf.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
