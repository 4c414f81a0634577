import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";
import { MemoryStore } from "@/lib/session/memory-store";
import { RedisStore } from "@/lib/session/redis-store";
import { SqliteStore } from "@/lib/session/sqlite-store";
import type { FairnessOptions, SessionStore, StoreKind } from "@/lib/session/store";
import { fakeClock } from "./fake-clock";
import { startTestRedis, type TestRedis } from "./redis-server";
import { makeTempDir } from "./temp-dir";

export interface StoreSpace {
  store: SessionStore;
  /** Another store instance over the same data, as a second app process would open it. */
  open(): SessionStore;
  /** The store's clock, in epoch ms (what `sweep(now)` is given). */
  now(): number;
  /**
   * Moves the store's clock on by `ms`, so that records with a shorter ttl have expired. Memory and
   * SQLite take an injected clock, moved at once; Redis keeps ttls on its own clock, so there it waits
   * `ms` plus a whole second, and no assertion hangs on a sub-second margin.
   */
  advance(ms: number): Promise<void>;
}

/** Makes real stores for tests; each `fresh()` is an empty namespace, closed after each test. */
export interface StoreHarness {
  kind: StoreKind;
  /** Whether a closed-and-reopened store still holds its sessions. */
  persistent: boolean;
  fresh(options?: StoreCaps): StoreSpace;
}

/** The caps every store takes: most sessions, and most bytes of session data in all; and the fairness options. */
export interface StoreCaps extends FairnessOptions {
  maxSessions?: number;
  maxBytes?: number;
}

type Clock = { now(): number; advance(ms: number): Promise<void> };

/** A fake clock per namespace, for the stores that take one. */
function injectedClock(): Clock {
  const clock = fakeClock(Date.now());
  return { now: clock.now, advance: async (ms) => clock.advance(ms) };
}

/** Waits until Redis, on its own clock, has expired what had a ttl of `ms`: a whole second past it. */
export const waitForRedisTtl = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms + 1000));

const redisClock: Clock = { now: () => Date.now(), advance: waitForRedisTtl };

/** Registers afterEach cleanup of every store the harness opened. */
function tracked(kind: StoreKind, persistent: boolean, make: (opts: StoreCaps, clock: Clock) => () => SessionStore, clockFor: () => Clock): StoreHarness {
  const open: SessionStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return {
    kind,
    persistent,
    fresh(options = {}) {
      const clock = clockFor();
      const factory = make(options, clock);
      const openOne = () => {
        const store = factory();
        open.push(store);
        return store;
      };
      return { store: openOne(), open: openOne, now: clock.now, advance: clock.advance };
    },
  };
}

export function memoryHarness(): StoreHarness {
  // Memory cannot be shared: "another instance" is the same object, which is all one process has.
  return tracked(
    "memory",
    false,
    (opts, clock) => {
      const store = new MemoryStore({ ...opts, now: clock.now });
      return () => store;
    },
    injectedClock,
  );
}

export function sqliteHarness(): StoreHarness {
  const tmp = makeTempDir("sqlite-store");
  afterAll(() => tmp.remove());
  return tracked(
    "sqlite",
    true,
    (opts, clock) => {
      const path = join(tmp.dir, `${randomBytes(6).toString("hex")}.sqlite`);
      return () => new SqliteStore({ ...opts, path, now: clock.now });
    },
    injectedClock,
  );
}

/** Starts a private redis-server for the file (beforeAll) and stops it by process group (afterAll). */
export function withTestRedis(): { readonly server: TestRedis } {
  const holder: { server?: TestRedis } = {};
  beforeAll(async () => {
    holder.server = await startTestRedis();
  });
  afterAll(async () => {
    await holder.server?.stop();
  });
  return {
    get server() {
      if (!holder.server) throw new Error("The test redis-server is not running yet; use it inside a test or hook.");
      return holder.server;
    },
  };
}

export function redisHarness(redis: { readonly server: TestRedis }): StoreHarness {
  return tracked(
    "redis",
    true,
    (opts) => {
      const prefix = `t${randomBytes(6).toString("hex")}:`;
      return () => new RedisStore({ ...opts, url: redis.server.url, prefix });
    },
    () => redisClock,
  );
}
