import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { sqliteHarness } from "@/lib/testing/store-harness";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { openSqlite } from "./sqlite-open";
import { sweepBucket } from "./sqlite-schema";
import { SqliteStore } from "./sqlite-store";
import type { SessionRecord } from "./store";
import { describeStoreConformance } from "./store-conformance";

describeStoreConformance(sqliteHarness());

describe("SqliteStore's running byte total", () => {
  const tmp = makeTempDir("sqlite-bytes");
  afterAll(() => tmp.remove());
  const HOUR = 3_600_000;
  const record = (id: string, data: SessionRecord["data"]): SessionRecord => ({
    id,
    data,
    createdAt: 0,
    lastSeenAt: 0,
    idleExpiresAt: 1e15,
    absoluteExpiresAt: 1e15,
  });
  const options = { lastSeenAt: 1, idleExpiresAt: 2, ttlMs: HOUR, maxBytes: 1e6 };

  /** The kept total beside the bytes actually stored, read by a second connection as another process would. */
  function totals(path: string): { kept: number; stored: number } {
    const db = openSqlite(path, { readonly: true });
    try {
      const kept = db.prepare<[], { n: number }>("SELECT n FROM session_bytes WHERE id = 1").get()!.n;
      const rows = db.prepare<[], { data: string }>("SELECT data FROM sessions").all();
      return { kept, stored: rows.reduce((sum, r) => sum + Buffer.byteLength(r.data, "utf8"), 0) };
    } finally {
      db.close();
    }
  }

  it("should keep the total equal to the UTF-8 bytes of the data stored, through every kind of write", async () => {
    const path = join(tmp.dir, "writes.sqlite");
    const clock = fakeClock();
    const store = new SqliteStore({ path, now: clock.now });
    const steps: [string, () => Promise<unknown>][] = [
      ["a set", () => store.set("a", record("a", { k: "é🍪".repeat(50) }), HOUR)],
      ["another set", () => store.set("b", record("b", { cart: [] }), HOUR)],
      ["a replace", () => store.set("a", record("a", { k: "short" }), HOUR)],
      ["a patch and an append", () => store.update("b", { note: "ñ" }, { ...options, append: { cart: "tea" } })],
      ["a touch", () => store.touch("b", { lastSeenAt: 3, idleExpiresAt: 4 }, HOUR)],
      ["a refused update", () => store.update("b", { big: "x".repeat(2000) }, { ...options, maxBytes: 100 }).catch(() => null)],
      ["a destroy", () => store.destroy("a")],
      ["a short-lived set", () => store.set("e", record("e", { k: "soon gone" }), 50)],
      [
        "a sweep after it expired",
        async () => {
          clock.advance(120);
          return store.sweep(clock.now());
        },
      ],
    ];
    for (const [label, step] of steps) {
      await step();
      const { kept, stored } = totals(path);
      expect(kept, `after ${label}`).toBe(stored);
    }
    expect(totals(path).stored).toBe(Buffer.byteLength(JSON.stringify({ cart: ["tea"], note: "ñ" })));
    await store.close();
  });

  it("should replace an older file's unconditional byte trigger and keep the total right through same-size and resizing updates", async () => {
    const path = join(tmp.dir, "old-trigger.sqlite");
    const first = new SqliteStore({ path });
    await first.close();
    const db = openSqlite(path);
    db.exec(`DROP TRIGGER sessions_bytes_resize;
      CREATE TRIGGER sessions_bytes_update AFTER UPDATE OF data ON sessions
      BEGIN UPDATE session_bytes SET n = n - length(CAST(OLD.data AS BLOB)) + length(CAST(NEW.data AS BLOB)) WHERE id = 1; END;`);
    db.close();

    const store = new SqliteStore({ path });
    const triggers = openSqlite(path, { readonly: true });
    const names = triggers.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sessions_bytes_%' ORDER BY name").pluck().all();
    triggers.close();
    expect(names).toEqual(["sessions_bytes_delete", "sessions_bytes_insert", "sessions_bytes_resize"]);
    await store.set("a", record("a", { f: "x" }), HOUR);
    const opts = { lastSeenAt: 1, idleExpiresAt: 2, ttlMs: HOUR, maxBytes: 10_000 };
    await store.update("a", { f: "y" }, opts); // same size: the counter is left alone
    expect(totals(path)).toEqual({ kept: 9, stored: 9 });
    await store.update("a", { f: "yyyy" }, opts);
    expect(totals(path)).toEqual({ kept: 12, stored: 12 });
    await store.close();
  });

  it("should count the sessions already in a file written before the byte budget existed", async () => {
    const path = join(tmp.dir, "before.sqlite");
    const old = new SqliteStore({ path });
    for (const id of ["a", "b"]) await old.set(id, record(id, { f: "x".repeat(1000) }), HOUR);
    await old.close();
    const db = openSqlite(path);
    db.exec("DROP TRIGGER sessions_bytes_insert; DROP TRIGGER sessions_bytes_resize; DROP TRIGGER sessions_bytes_delete; DROP TABLE session_bytes;");
    db.close();

    const store = new SqliteStore({ path, maxBytes: 3_000 });
    expect(totals(path)).toEqual({ kept: 2016, stored: 2016 });
    await expect(store.set("c", record("c", { f: "x".repeat(1000) }), HOUR)).rejects.toMatchObject({ code: "store_full", limit: "bytes" });
    await store.close();
  });
});

describe("SqliteStore's sweep index", () => {
  const tmp = makeTempDir("sqlite-sweep");
  afterAll(() => tmp.remove());
  const MINUTE = 60_000;
  const T0 = 1_800_000_000_000;
  const record = (id: string, at: number): SessionRecord => ({
    id,
    data: { n: 1 },
    createdAt: at,
    lastSeenAt: at,
    idleExpiresAt: 1e15,
    absoluteExpiresAt: 1e15,
  });
  const writeAt = (at: number, ttlMs: number) => ({ lastSeenAt: at, idleExpiresAt: at + ttlMs, ttlMs, maxBytes: 1e6 });

  it("should sweep a session whose expiry a later write moved to an earlier minute", async () => {
    let now = T0;
    const store = new SqliteStore({ path: join(tmp.dir, "moved.sqlite"), now: () => now });
    await store.set("a", record("a", now), 60 * MINUTE);
    now += 2 * MINUTE;
    await store.update("a", { n: 2 }, writeAt(now, MINUTE)); // now expires at T0 + 3 min, not T0 + 60 min
    now += 90_000;
    expect(await store.count()).toBe(0);
    expect(await store.sweep(now)).toBe(1);
    await store.close();
  });

  it("should keep a session written within the same minute until its latest expiry", async () => {
    const start = T0 + 1_000;
    let now = start;
    const store = new SqliteStore({ path: join(tmp.dir, "same-minute.sqlite"), now: () => now });
    await store.set("a", record("a", now), MINUTE);
    now += 10;
    await store.update("a", { n: 2 }, writeAt(now, MINUTE)); // the expiry moves by 10 ms, inside one bucket
    expect(sweepBucket(start + MINUTE)).toBe(sweepBucket(now + MINUTE));
    expect(await store.sweep(start + MINUTE + 5)).toBe(0);
    now = start + MINUTE + 5;
    expect(await store.get("a")).not.toBeNull();
    expect(await store.sweep(start + MINUTE + 10)).toBe(1);
    await store.close();
  });

  it("should bring a file written before the sweep column existed up to date, and sweep its old rows exactly", async () => {
    const path = join(tmp.dir, "before-sweep-at.sqlite");
    const old = openSqlite(path);
    old.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, data TEXT NOT NULL, created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL, idle_expires_at INTEGER NOT NULL, absolute_expires_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE INDEX sessions_expires_at ON sessions (expires_at);`);
    const insert = old.prepare("INSERT INTO sessions VALUES (?, '{\"n\":1}', 0, 0, 1e15, 1e15, ?)");
    // Both expire within the same minute, so the sweep at T0 + 20 s meets both in its bucket.
    insert.run("gone", T0 + 10_000);
    insert.run("live", T0 + 30_000);
    old.close();

    let now = T0 + 20_000;
    const store = new SqliteStore({ path, now: () => now });
    const migrated = openSqlite(path, { readonly: true });
    const buckets = migrated.prepare("SELECT id, sweep_at FROM sessions ORDER BY id").all();
    migrated.close();
    expect(buckets).toEqual([
      { id: "gone", sweep_at: sweepBucket(T0 + 10_000) },
      { id: "live", sweep_at: sweepBucket(T0 + 30_000) },
    ]);
    expect(await store.count()).toBe(1);
    expect(await store.sweep(now)).toBe(1);
    expect(await store.get("live")).not.toBeNull();
    now = T0 + 30_000;
    expect(await store.sweep(now)).toBe(1);
    await store.close();

    const check = openSqlite(path, { readonly: true });
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sessions' AND sql IS NOT NULL").pluck().all();
    check.close();
    expect(indexes).toEqual(["sessions_sweep_at", "sessions_owner"]);
  });
});
