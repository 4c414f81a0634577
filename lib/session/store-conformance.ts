import { describe, expect, it } from "vitest";
import { HOUR, newId, record, writeOpts } from "@/lib/testing/session-records";
import type { StoreHarness } from "@/lib/testing/store-harness";
import { SessionTooLargeError, StoreFullError } from "./errors";
import { describeAppendConformance } from "./store-conformance-append";
import { describeBudgetConformance } from "./store-conformance-budget";
import { describeClientConformance } from "./store-conformance-clients";
import { describeOwnerConformance } from "./store-conformance-owners";

/** The behaviour every SessionStore must share, run against a real store by each *-store.test.ts. */
export function describeStoreConformance(harness: StoreHarness): void {
  describe(`${harness.kind} store conformance`, () => {
    it("should return null for an id it never stored", async () => {
      expect(await harness.fresh().store.get(newId())).toBeNull();
    });

    it.each([
      ["nested objects", { user: { name: "ada", roles: ["admin"] } }],
      ["unicode keys and values", { "clé é": "🍪 naïve", emoji: "👩‍💻" }],
      ["numbers at the edge of double precision", { big: Number.MAX_SAFE_INTEGER, tiny: 1e-7, neg: -0.5 }],
      ["booleans, empty strings and arrays", { yes: true, no: false, empty: "", list: [] }],
      ["no data at all", {}],
    ])("should give back exactly what was set, with %s", async (_label, data) => {
      const { store } = harness.fresh();
      const r = record(data);
      await store.set(r.id, r, HOUR);
      expect(await store.get(r.id)).toEqual(r);
    });

    it("should replace a record when set again under the same id", async () => {
      const { store } = harness.fresh();
      const r = record({ a: 1, b: 2 });
      await store.set(r.id, r, HOUR);
      await store.set(r.id, { ...r, data: { c: 3 } }, HOUR);
      expect((await store.get(r.id))?.data).toEqual({ c: 3 });
      expect(await store.count()).toBe(1);
    });

    it("should forget a destroyed record and say whether one was there", async () => {
      const { store } = harness.fresh();
      const r = record({ a: 1 });
      await store.set(r.id, r, HOUR);
      expect(await store.destroy(r.id)).toBe(true);
      expect(await store.get(r.id)).toBeNull();
      expect(await store.destroy(r.id)).toBe(false);
    });

    it("should merge a patch, delete keys patched with null and move the activity times", async () => {
      const { store } = harness.fresh();
      const r = record({ keep: 1, drop: 2, change: "old" });
      await store.set(r.id, r, HOUR);
      const updated = await store.update(r.id, { drop: null, change: "new", add: [1] }, writeOpts());
      const expected = { ...r, data: { keep: 1, change: "new", add: [1] }, lastSeenAt: 5, idleExpiresAt: 6 };
      expect(updated).toEqual(expected);
      expect(await store.get(r.id)).toEqual(expected);
    });

    it("should not create a record when updating an unknown id", async () => {
      const { store } = harness.fresh();
      const id = newId();
      expect(await store.update(id, { a: 1 }, writeOpts())).toBeNull();
      expect(await store.get(id)).toBeNull();
      expect(await store.count()).toBe(0);
    });

    // JSON of {"k":"é…"}: the limit counts UTF-8 bytes, the same way in JS, SQL and Lua.
    it.each([
      ["ascii exactly at the limit", "x".repeat(20), 28, true],
      ["ascii one byte over", "x".repeat(21), 28, false],
      ["two-byte characters exactly at the limit", "é".repeat(10), 28, true],
      ["two-byte characters one byte over", "é".repeat(10), 27, false],
      ["four-byte emoji over", "🍪".repeat(6), 28, false],
    ])("should apply the size limit in UTF-8 bytes: %s", async (_label, value, maxBytes, accepted) => {
      const { store } = harness.fresh();
      const r = record({});
      await store.set(r.id, r, HOUR);
      const attempt = store.update(r.id, { k: value }, writeOpts(maxBytes));
      if (accepted) await expect(attempt).resolves.toMatchObject({ data: { k: value } });
      else await expect(attempt).rejects.toBeInstanceOf(SessionTooLargeError);
      expect((await store.get(r.id))?.data).toEqual(accepted ? { k: value } : {});
    });

    it("should move the activity times on touch, and refuse to touch an unknown id", async () => {
      const { store } = harness.fresh();
      const r = record({ a: 1 });
      await store.set(r.id, r, HOUR);
      expect(await store.touch(r.id, { lastSeenAt: 7, idleExpiresAt: 8 }, HOUR)).toBe(true);
      expect(await store.get(r.id)).toEqual({ ...r, lastSeenAt: 7, idleExpiresAt: 8 });
      expect(await store.touch(newId(), { lastSeenAt: 7, idleExpiresAt: 8 }, HOUR)).toBe(false);
    });

    it("should forget records once their ttl has passed, and extend the ttl on touch", async () => {
      const { store, advance } = harness.fresh();
      const [short, touched] = [record(), record()];
      await store.set(short.id, short, 150);
      await store.set(touched.id, touched, 150);
      await store.touch(touched.id, touched, HOUR);
      await advance(300);
      expect(await store.get(short.id)).toBeNull();
      expect(await store.update(short.id, { a: 1 }, writeOpts())).toBeNull();
      expect(await store.get(touched.id)).not.toBeNull();
    });

    it("should count only the live records", async () => {
      const { store, advance } = harness.fresh();
      await store.set("short", record({}, "short"), 100);
      await store.set("long", record({}, "long"), HOUR);
      expect(await store.count()).toBe(2);
      await advance(250);
      expect(await store.count()).toBe(1);
    });

    it("should sweep only the expired records", async () => {
      const { store, advance, now } = harness.fresh();
      for (let i = 0; i < 3; i++) await store.set(`short${i}`, record({}, `short${i}`), 100);
      for (let i = 0; i < 2; i++) await store.set(`long${i}`, record({}, `long${i}`), HOUR);
      await advance(250);
      expect(await store.sweep(now())).toBe(3);
      expect(await store.sweep(now())).toBe(0);
      expect(await store.count()).toBe(2);
      expect(await store.get("long0")).not.toBeNull();
    });

    it("should honour the max-sessions cap when a new session would exceed it", async () => {
      const { store } = harness.fresh({ maxSessions: 3 });
      const rs = [record(), record(), record()];
      for (const r of rs) await store.set(r.id, r, HOUR);
      await store.get(rs[0]!.id); // the least recently used is now rs[1]
      await store.set(rs[2]!.id, { ...rs[2]!, data: { replaced: true } }, HOUR); // replacing is not new
      const extra = record();
      if (harness.kind === "memory") {
        await store.set(extra.id, extra, HOUR);
        expect(await store.get(rs[1]!.id)).toBeNull();
        expect(await store.get(extra.id)).not.toBeNull();
      } else {
        await expect(store.set(extra.id, extra, HOUR)).rejects.toBeInstanceOf(StoreFullError);
        expect(await store.get(extra.id)).toBeNull();
      }
      expect(await store.count()).toBe(3);
    });

    it("should count expired sessions as free room under the cap", async () => {
      const { store, advance } = harness.fresh({ maxSessions: 2 });
      const [a, b, c] = [record(), record(), record()];
      await store.set(a.id, a, 100);
      await store.set(b.id, b, HOUR);
      await advance(250);
      await store.set(c.id, c, HOUR);
      expect(await store.get(b.id)).not.toBeNull();
      expect(await store.get(c.id)).not.toBeNull();
    });

    it.each([
      ["one store instance", false],
      ["two instances sharing the data, like two app processes", true],
    ])("should lose none of 50 concurrent updates of different keys on %s", async (_label, shared) => {
      const space = harness.fresh();
      const second = shared ? space.open() : space.store;
      const r = record({ start: true });
      await space.store.set(r.id, r, HOUR);
      await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? second : space.store).update(r.id, { [`k${i}`]: i }, writeOpts())));
      const data = (await space.store.get(r.id))?.data;
      expect(Object.keys(data ?? {})).toHaveLength(51);
      for (let i = 0; i < 50; i++) expect(data?.[`k${i}`]).toBe(i);
    });

    it(`should ${harness.persistent ? "keep" : "lose"} sessions when the store is closed and reopened`, async () => {
      const space = harness.fresh();
      const r = record({ user: "ada" });
      await space.store.set(r.id, r, HOUR);
      await space.store.close();
      const reopened = space.open();
      expect(await reopened.get(r.id)).toEqual(harness.persistent ? r : null);
    });
  });
  describeAppendConformance(harness);
  describeBudgetConformance(harness);
  describeClientConformance(harness);
  describeOwnerConformance(harness);
}
