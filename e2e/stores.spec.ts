import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startApp, type AppServer } from "../lib/testing/app-server";
import { startTestRedis, type TestRedis } from "../lib/testing/redis-server";
import { makeTempDir } from "../lib/testing/temp-dir";

// Real app processes (the production build) against real stores: what survives a restart, and what
// two instances share. Requests carry no Origin, like curl.

async function writeSession(app: AppServer, data: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${app.url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data) });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(";")[0]!;
  expect(cookie).toMatch(/^__Host-sid=/);
  return cookie;
}

async function readSession(app: AppServer, cookie: string) {
  const res = await fetch(`${app.url}/api/session`, { headers: { cookie } });
  return (await res.json()).exchange.server as { outcome: string; store: string; instance: string; session: { data: Record<string, unknown> } | null };
}

test.describe("server-side session stores with real app processes", () => {
  test.describe.configure({ timeout: 90_000 });
  let redis: TestRedis;
  const temp = makeTempDir("stores-e2e");
  test.beforeAll(async () => {
    redis = await startTestRedis();
  });
  test.afterAll(async () => {
    await redis?.stop();
    temp.remove();
  });

  for (const [store, survives] of [
    ["sqlite", true],
    ["redis", true],
    ["memory", false],
  ] as const) {
    test(`should ${survives ? "keep" : "lose"} a ${store} session when the app restarts`, async () => {
      const env = { SESSION_STORE: store, REDIS_URL: redis.url, DATA_DIR: `${temp.dir}/${store}` };
      let app = await startApp(env);
      const cookie = await writeSession(app, { cart: 3 });
      expect((await readSession(app, cookie)).store).toBe(store);
      await app.stop();
      // Stopped with SIGTERM, the app closed its SQLite file: the WAL was checkpointed into it.
      if (store === "sqlite") expect(existsSync(path.join(env.DATA_DIR, "sessions.sqlite-wal"))).toBe(false);
      app = await startApp(env);
      try {
        const after = await readSession(app, cookie);
        if (survives) expect(after).toMatchObject({ outcome: "found", session: { data: { cart: 3 } } });
        else expect(after).toMatchObject({ outcome: "unknown_id", session: null });
      } finally {
        await app.stop();
      }
    });
  }

  test("should serve the same session from two app instances sharing one redis-server", async () => {
    const env = { SESSION_STORE: "redis", REDIS_URL: redis.url, DATA_DIR: `${temp.dir}/shared` };
    const [a, b] = await Promise.all([startApp({ ...env, INSTANCE_NAME: "instance-a" }), startApp({ ...env, INSTANCE_NAME: "instance-b" })]);
    try {
      const cookie = await writeSession(a, { user: "ada" });
      const fromB = await readSession(b, cookie);
      expect(fromB).toMatchObject({ outcome: "found", instance: "instance-b", session: { data: { user: "ada" } } });
      // A write on B is seen on A.
      await fetch(`${b.url}/api/session`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: '{"theme":"dark"}' });
      expect((await readSession(a, cookie)).session?.data).toEqual({ user: "ada", theme: "dark" });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  test("should answer 503 with a sentence while Redis is down, and recover by itself", async () => {
    const app = await startApp({ SESSION_STORE: "redis", REDIS_URL: redis.url, DATA_DIR: `${temp.dir}/fault` });
    try {
      const cookie = await writeSession(app, { a: 1 });
      await redis.stop();
      const down = await fetch(`${app.url}/api/session`, { headers: { cookie } });
      expect(down.status).toBe(503);
      expect((await down.json()).error).toMatchObject({ code: "store_unavailable", message: expect.stringMatching(/Redis|store/) });
      // Everything that does not need the store keeps working.
      expect((await fetch(`${app.url}/api/cookies`)).status).toBe(200);
      await redis.start();
      await expect.poll(async () => (await fetch(`${app.url}/api/session`, { headers: { cookie } })).status, { timeout: 15_000 }).toBe(200);
    } finally {
      await app.stop();
    }
  });
});
