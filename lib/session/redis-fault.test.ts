import { afterEach, describe, expect, it } from "vitest";
import { withTestRedis } from "@/lib/testing/store-harness";
import { StoreUnavailableError } from "./errors";
import { SessionManager } from "./manager";
import { RedisStore } from "./redis-store";

const redis = withTestRedis();
const stores: RedisStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function until<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe("redis store when redis-server goes away", () => {
  it("should answer 503 store_unavailable within a bounded time, then recover by itself when Redis is back", async () => {
    const store = new RedisStore({ url: redis.server.url, prefix: "fault:", maxReconnectDelayMs: 300 });
    stores.push(store);
    const manager = new SessionManager({ store });
    await until(() => manager.read({ secure: true }), 5000);
    await redis.server.stop();

    const started = Date.now();
    const failure = await manager.write({ secure: true }, { a: 1 }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({
      status: 503,
      code: "store_unavailable",
      message: expect.stringMatching(/^The Redis session store at 127\.0\.0\.1:\d+ is not answering/),
    });
    expect(Date.now() - started).toBeLessThan(3000);

    await redis.server.start();
    const result = await until(() => manager.write({ secure: true }, { back: true }), 10_000);
    expect(result).toMatchObject({ outcome: "created", session: { data: { back: true }, store: "redis" } });
  });

  it("should answer 503 rather than hang when Redis was never reachable", async () => {
    const store = new RedisStore({ url: "redis://127.0.0.1:1", readyTimeoutMs: 200 });
    stores.push(store);
    const started = Date.now();
    await expect(store.get("x")).rejects.toMatchObject({ status: 503, code: "store_unavailable" });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
