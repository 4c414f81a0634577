import { createClient } from "redis";
import type { MemoryStore as ExpressMemoryStore, SessionData as ExpressSessionData } from "express-session";
import { openSqlite } from "@/lib/session/sqlite-open";
import { sweepBucket } from "@/lib/session/sqlite-schema";
import type { SessionStore } from "@/lib/session/store";

const HOUR = 3_600_000;
export const BENCH_DATA = { user: "ada", cart: ["tea", "scones"], theme: "dark" };

/** Deterministic 43-character ids, so benches pick a random existing one without keeping a list. */
export const fillId = (i: number) => `bench${String(i).padStart(38, "0")}`;

export function benchRecord(id: string) {
  const now = Date.now();
  return { id, data: BENCH_DATA, createdAt: now, lastSeenAt: now, idleExpiresAt: now + HOUR, absoluteExpiresAt: now + 8 * HOUR };
}

/** Through the store's own API: the memory store has no faster door. */
export async function fillThroughStore(store: SessionStore, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await store.set(fillId(i), benchRecord(fillId(i)), HOUR);
}

/** One transaction straight into the table the SqliteStore created (its triggers keep the count and the bytes). */
export function fillSqliteFile(path: string, n: number): void {
  const db = openSqlite(path);
  const insert = db.prepare(
    `INSERT INTO sessions (id, data, created_at, last_seen_at, idle_expires_at, absolute_expires_at, expires_at, sweep_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const json = JSON.stringify(BENCH_DATA);
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(fillId(i), json, now, now, now + HOUR, now + 8 * HOUR, now + HOUR, sweepBucket(now + HOUR));
  })();
  db.close();
}

// Server-side loop: 10 000 sessions per EVAL instead of 30 000 round trips (bench only: keys are
// built inside the script, which a Redis Cluster would refuse). It keeps the byte budget's books
// as RedisStore does: a size per session (KEYS[2]) and their sum (KEYS[3]).
const FILL_SCRIPT = `
local now = tonumber(ARGV[3])
local size = 2 + #ARGV[4] + 1 + #ARGV[5]
for i = 6, #ARGV do
  local k = ARGV[1] .. 's:' .. ARGV[i]
  redis.call('HSET', k, '@c', now, '@l', now, '@i', now + 3600000, '@a', now + 28800000, ARGV[4], ARGV[5])
  redis.call('PEXPIRE', k, ARGV[2])
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[i])
  redis.call('HSET', KEYS[2], ARGV[i], size)
end
redis.call('INCRBY', KEYS[3], size * (#ARGV - 5))
return #ARGV - 5`;

export async function fillRedis(url: string, prefix: string, n: number): Promise<void> {
  const client = createClient({ url });
  await client.connect();
  const [field, value] = [JSON.stringify("user"), JSON.stringify("ada")];
  for (let start = 0; start < n; start += 10_000) {
    const ids = Array.from({ length: Math.min(10_000, n - start) }, (_, j) => fillId(start + j));
    await client.sendCommand([
      "EVAL",
      FILL_SCRIPT,
      "3",
      `${prefix}index`,
      `${prefix}sizes`,
      `${prefix}bytes`,
      prefix,
      String(HOUR),
      String(Date.now()),
      field,
      value,
      ...ids,
    ]);
  }
  await client.close();
}

/** express-session's MemoryStore, the way express-session itself stores: a cookie object plus data. */
export function expressSession(): ExpressSessionData {
  return { cookie: { originalMaxAge: HOUR, expires: new Date(Date.now() + HOUR), httpOnly: true, path: "/" }, ...BENCH_DATA } as unknown as ExpressSessionData;
}

export function fillExpress(store: ExpressMemoryStore, n: number): void {
  const session = expressSession();
  for (let i = 0; i < n; i++) store.set(fillId(i), session);
}
