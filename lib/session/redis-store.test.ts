import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisHarness, waitForRedisTtl, withTestRedis } from "@/lib/testing/store-harness";
import { RedisStore } from "./redis-store";
import type { SessionRecord } from "./store";
import { describeStoreConformance } from "./store-conformance";

const redis = withTestRedis();
describeStoreConformance(redisHarness(redis));

describe("RedisStore's byte total", () => {
  const HOUR = 3_600_000;
  const prefix = "bytes-test:";
  const record = (id: string, data: SessionRecord["data"]): SessionRecord => ({
    id,
    data,
    createdAt: 0,
    lastSeenAt: 0,
    idleExpiresAt: 1e15,
    absoluteExpiresAt: 1e15,
  });
  const options = { lastSeenAt: 1, idleExpiresAt: 2, ttlMs: HOUR, maxBytes: 1e6 };
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    client = createClient({ url: redis.server.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.close();
  });

  /** The kept total, the per-session sizes it sums, and the ids the index holds. */
  async function books() {
    const sizes = await client.hGetAll(`${prefix}sizes`);
    const total = Number((await client.get(`${prefix}bytes`)) ?? 0);
    const indexed = await client.zRange(`${prefix}index`, 0, -1);
    return { total, sum: Object.values(sizes).reduce((s, v) => s + Number(v), 0), sized: Object.keys(sizes).sort(), indexed: indexed.sort(), sizes };
  }

  it("should keep the total equal to the sum of a size per indexed session, through every kind of write and expiry", async () => {
    const store = new RedisStore({ url: redis.server.url, prefix });
    const steps: [string, () => Promise<unknown>][] = [
      ["a set", () => store.set("a", record("a", { k: "é🍪".repeat(50) }), HOUR)],
      ["another set", () => store.set("b", record("b", { cart: [] }), HOUR)],
      ["a replace", () => store.set("a", record("a", { k: "short" }), HOUR)],
      ["a patch and an append", () => store.update("b", { note: "ñ" }, { ...options, append: { cart: "tea" } })],
      ["a touch", () => store.touch("b", { lastSeenAt: 3, idleExpiresAt: 4 }, HOUR)],
      ["a refused update", () => store.update("b", { big: "x".repeat(2000) }, { ...options, maxBytes: 100 }).catch(() => null)],
      ["a destroy", () => store.destroy("a")],
      ["a short-lived set", () => store.set("e", record("e", { k: "soon gone" }), 50)],
      ["Redis expiring it on its own", () => waitForRedisTtl(50)],
      ["a sweep", () => store.sweep()],
    ];
    for (const [label, step] of steps) {
      await step();
      const { total, sum, sized, indexed } = await books();
      expect(total, `after ${label}`).toBe(sum);
      expect(sized, `after ${label}`).toEqual(indexed);
    }
    expect((await books()).sizes).toEqual({ b: String(Buffer.byteLength(JSON.stringify({ cart: ["tea"], note: "ñ" }))) });
    await store.close();
  });
});
