import { join } from "node:path";
import { MemoryStore as ExpressMemoryStore } from "express-session";
import { afterAll, bench, describe } from "vitest";
import { MemoryStore } from "@/lib/session/memory-store";
import { RedisStore } from "@/lib/session/redis-store";
import { SqliteStore } from "@/lib/session/sqlite-store";
import type { SessionStore } from "@/lib/session/store";
import { startTestRedis } from "@/lib/testing/redis-server";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { benchRecord, expressSession, fillExpress, fillId, fillRedis, fillSqliteFile, fillThroughStore } from "./session-fill";

/**
 * get/set/update cost of each store with a small and a large number of sessions stored, beside
 * express-session's MemoryStore. The point: the cost per operation stays flat as the store grows
 * (hash lookups and B-tree indexes), so the cap is about memory and disk, not speed.
 * BENCH_LARGE overrides the large size (e.g. for a quick run).
 */
const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
const HOUR = 3_600_000;
const CAP = LARGE * 2;
const opts = { time: 800, warmupTime: 300 };

const tmp = makeTempDir("session-bench");
const redis = await startTestRedis();
const closers: (() => unknown)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
  await redis.stop();
  tmp.remove();
});

async function stores(n: number, label: string) {
  const memory = new MemoryStore({ maxSessions: CAP });
  await fillThroughStore(memory, n);
  const path = join(tmp.dir, `${label}.sqlite`);
  new SqliteStore({ path }).close(); // creates the schema
  fillSqliteFile(path, n);
  const sqlite = new SqliteStore({ path, maxSessions: CAP });
  await fillRedis(redis.url, `${label}:`, n);
  const redisStore = new RedisStore({ url: redis.url, prefix: `${label}:`, maxSessions: CAP });
  const express = new ExpressMemoryStore();
  fillExpress(express, n);
  await redisStore.count(); // connected before timing starts
  const ours: [string, SessionStore][] = [
    ["memory", memory],
    ["sqlite", sqlite],
    ["redis", redisStore],
  ];
  closers.push(
    ...ours.map(
      ([, s]) =>
        () =>
          s.close(),
    ),
  );
  return { ours, express, n };
}

const fillStarted = Date.now();
const sizes = [await stores(SMALL, "small"), await stores(LARGE, "large")];
console.log(`filled ${SMALL} + ${LARGE} sessions per store in ${((Date.now() - fillStarted) / 1000).toFixed(1)} s`);
const pick = (n: number) => fillId(Math.floor(Math.random() * n));
const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} million` : `${n / 1000} thousand`);

for (const { ours, express, n } of sizes) {
  describe(`get with ${label(n)} sessions stored`, () => {
    for (const [kind, store] of ours) bench(`${kind} store`, async () => void (await store.get(pick(n))), opts);
    bench("express-session MemoryStore", () => new Promise<void>((done) => express.get(pick(n), () => done())), opts);
  });

  describe(`set with ${label(n)} sessions stored`, () => {
    for (const [kind, store] of ours) {
      bench(
        `${kind} store`,
        async () => {
          const id = pick(n);
          await store.set(id, benchRecord(id), HOUR);
        },
        opts,
      );
    }
    bench("express-session MemoryStore", () => new Promise<void>((done) => express.set(pick(n), expressSession(), () => done())), opts);
  });

  // What POST /api/session does to an existing session: merge a patch and move the expiry (express-session has no such call).
  describe(`update with ${label(n)} sessions stored`, () => {
    for (const [kind, store] of ours) {
      bench(
        `${kind} store`,
        async () => {
          const now = Date.now();
          await store.update(pick(n), { theme: "light" }, { lastSeenAt: now, idleExpiresAt: now + HOUR, ttlMs: HOUR, maxBytes: 8192 });
        },
        opts,
      );
    }
  });
}
