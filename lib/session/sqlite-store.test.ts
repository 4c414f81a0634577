import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteHarness } from "@/lib/testing/store-harness";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { SqliteStore } from "./sqlite-store";
import type { SessionRecord } from "./store";
import { describeStoreConformance } from "./store-conformance";

describeStoreConformance(sqliteHarness());

describe("SqliteStore's running byte total", () => {
  const tmp = makeTempDir("sqlite-bytes");
  afterAll(() => tmp.remove());
  const HOUR = 3_600_000;
  const record = (id: string, data: SessionRecord["data"]): SessionRecord => ({ id, data, createdAt: 0, lastSeenAt: 0, idleExpiresAt: 1e15, absoluteExpiresAt: 1e15 });
  const options = { lastSeenAt: 1, idleExpiresAt: 2, ttlMs: HOUR, maxBytes: 1e6 };

  /** The kept total beside the bytes actually stored, read by a second connection as another process would. */
  function totals(path: string): { kept: number; stored: number } {
    const db = new Database(path, { readonly: true });
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
    const store = new SqliteStore({ path });
    const steps: [string, () => Promise<unknown>][] = [
      ["a set", () => store.set("a", record("a", { k: "é🍪".repeat(50) }), HOUR)],
      ["another set", () => store.set("b", record("b", { cart: [] }), HOUR)],
      ["a replace", () => store.set("a", record("a", { k: "short" }), HOUR)],
      ["a patch and an append", () => store.update("b", { note: "ñ" }, { ...options, append: { cart: "tea" } })],
      ["a touch", () => store.touch("b", { lastSeenAt: 3, idleExpiresAt: 4 }, HOUR)],
      ["a refused update", () => store.update("b", { big: "x".repeat(2000) }, { ...options, maxBytes: 100 }).catch(() => null)],
      ["a destroy", () => store.destroy("a")],
      ["a short-lived set", () => store.set("e", record("e", { k: "soon gone" }), 50)],
      ["a sweep after it expired", async () => new Promise((r) => setTimeout(r, 120)).then(() => store.sweep(Date.now()))],
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
    const db = new Database(path);
    db.exec(`DROP TRIGGER sessions_bytes_resize;
      CREATE TRIGGER sessions_bytes_update AFTER UPDATE OF data ON sessions
      BEGIN UPDATE session_bytes SET n = n - length(CAST(OLD.data AS BLOB)) + length(CAST(NEW.data AS BLOB)) WHERE id = 1; END;`);
    db.close();

    const store = new SqliteStore({ path });
    const triggers = new Database(path, { readonly: true });
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
    const db = new Database(path);
    db.exec("DROP TRIGGER sessions_bytes_insert; DROP TRIGGER sessions_bytes_resize; DROP TRIGGER sessions_bytes_delete; DROP TABLE session_bytes;");
    db.close();

    const store = new SqliteStore({ path, maxBytes: 3_000 });
    expect(totals(path)).toEqual({ kept: 2016, stored: 2016 });
    await expect(store.set("c", record("c", { f: "x".repeat(1000) }), HOUR)).rejects.toMatchObject({ code: "store_full", limit: "bytes" });
    await store.close();
  });
});
