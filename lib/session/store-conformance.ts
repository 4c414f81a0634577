import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { StoreHarness } from "@/lib/testing/store-harness";
import { NotAListError, SessionTooLargeError, StoreFullError } from "./errors";
import type { SessionRecord, SessionStore } from "./store";

const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const newId = () => randomBytes(32).toString("base64url");

function record(data: SessionRecord["data"] = {}, id = newId()): SessionRecord {
  const now = Date.now();
  return { id, data, createdAt: now, lastSeenAt: now, idleExpiresAt: now + HOUR, absoluteExpiresAt: now + 8 * HOUR };
}

const writeOpts = (maxBytes = 10_000) => ({ lastSeenAt: 5, idleExpiresAt: 6, ttlMs: HOUR, maxBytes });
/** Data whose JSON, {"f":"xx…"}, takes `n` + 8 bytes. */
const filler = (n: number) => ({ f: "x".repeat(n) });
const BUDGET = 3_000;

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

    it.each([
      ["a missing key starts a list", {}, {}, "tea", ["tea"]],
      ["an empty list", { cart: [] }, {}, "tea", ["tea"]],
      ["a list of mixed values", { cart: [1, "é", { a: null }, [2], true] }, {}, { sku: "🍪" }, [1, "é", { a: null }, [2], true, { sku: "🍪" }]],
      ["numbers at the edge of double precision", { cart: [0.1, 1e-7, Number.MAX_SAFE_INTEGER] }, {}, -2.5, [0.1, 1e-7, Number.MAX_SAFE_INTEGER, -2.5]],
      ["a list the same update's patch replaces", { cart: ["old"] }, { cart: ["new"] }, "tea", ["new", "tea"]],
      ["a list the same update's patch deletes", { cart: ["old"] }, { cart: null }, "tea", ["tea"]],
    ])("should append an item to %s, after the patch, in one update", async (_label, data, patch, item, expected) => {
      const { store } = harness.fresh();
      const r = record({ ...data, keep: 1 });
      await store.set(r.id, r, HOUR);
      const updated = await store.update(r.id, patch, { ...writeOpts(), append: { cart: item } });
      expect(updated?.data).toEqual({ keep: 1, cart: expected });
      expect((await store.get(r.id))?.data).toEqual({ keep: 1, cart: expected });
    });

    it.each([
      ["a string", "tea", "a string"],
      ["a number", 3, "a number"],
      ["an object", { tea: 1 }, "an object"],
      ["a boolean", false, "true or false"],
    ])("should refuse to append to a key holding %s, and store nothing", async (_label, value, holds) => {
      const { store } = harness.fresh();
      const r = record({ cart: value });
      await store.set(r.id, r, HOUR);
      const attempt = store.update(r.id, { other: 1 }, { ...writeOpts(), append: { cart: "jam" } });
      await expect(attempt).rejects.toBeInstanceOf(NotAListError);
      await expect(attempt).rejects.toMatchObject({ status: 409, code: "not_a_list", key: "cart", message: expect.stringContaining(`holds ${holds}, not a list`) });
      expect(await store.get(r.id)).toEqual(r);
    });

    it("should count the appended item against the size limit, and store nothing when it passes", async () => {
      const { store } = harness.fresh();
      const r = record({ cart: ["é".repeat(5)] });
      await store.set(r.id, r, HOUR);
      const exact = Buffer.byteLength(JSON.stringify({ cart: ["é".repeat(5), "tea"] }));
      await expect(store.update(r.id, {}, { ...writeOpts(exact - 1), append: { cart: "tea" } })).rejects.toMatchObject({ bytes: exact, maxBytes: exact - 1 });
      expect((await store.get(r.id))?.data).toEqual(r.data);
      await expect(store.update(r.id, {}, { ...writeOpts(exact), append: { cart: "tea" } })).resolves.toMatchObject({ data: { cart: ["é".repeat(5), "tea"] } });
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
      const { store } = harness.fresh();
      const [short, touched] = [record(), record()];
      await store.set(short.id, short, 150);
      await store.set(touched.id, touched, 150);
      await store.touch(touched.id, touched, HOUR);
      await sleep(300);
      expect(await store.get(short.id)).toBeNull();
      expect(await store.update(short.id, { a: 1 }, writeOpts())).toBeNull();
      expect(await store.get(touched.id)).not.toBeNull();
    });

    it("should count only the live records", async () => {
      const { store } = harness.fresh();
      await store.set("short", record({}, "short"), 100);
      await store.set("long", record({}, "long"), HOUR);
      expect(await store.count()).toBe(2);
      await sleep(250);
      expect(await store.count()).toBe(1);
    });

    it("should sweep only the expired records", async () => {
      const { store } = harness.fresh();
      for (let i = 0; i < 3; i++) await store.set(`short${i}`, record({}, `short${i}`), 100);
      for (let i = 0; i < 2; i++) await store.set(`long${i}`, record({}, `long${i}`), HOUR);
      await sleep(250);
      expect(await store.sweep(Date.now())).toBe(3);
      expect(await store.sweep(Date.now())).toBe(0);
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
      const { store } = harness.fresh({ maxSessions: 2 });
      const [a, b, c] = [record(), record(), record()];
      await store.set(a.id, a, 100);
      await store.set(b.id, b, HOUR);
      await sleep(250);
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
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? second : space.store).update(r.id, { [`k${i}`]: i }, writeOpts())),
      );
      const data = (await space.store.get(r.id))?.data;
      expect(Object.keys(data ?? {})).toHaveLength(51);
      for (let i = 0; i < 50; i++) expect(data?.[`k${i}`]).toBe(i);
    });

    it.each([
      ["one store instance", false],
      ["two instances sharing the data, like two app processes", true],
    ])("should lose none of 50 concurrent appends to one list on %s", async (_label, shared) => {
      const space = harness.fresh();
      const second = shared ? space.open() : space.store;
      const r = record({ cart: ["first"] });
      await space.store.set(r.id, r, HOUR);
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? second : space.store).update(r.id, {}, { ...writeOpts(), append: { cart: `item${i}` } })),
      );
      const cart = (await space.store.get(r.id))?.data.cart as string[];
      expect(cart).toHaveLength(51);
      expect(cart[0]).toBe("first");
      expect(new Set(cart)).toEqual(new Set(["first", ...Array.from({ length: 50 }, (_, i) => `item${i}`)]));
    });

    it("should store none of 50 concurrent appends that would pass the size limit, and all that fit", async () => {
      const { store } = harness.fresh();
      const r = record({ cart: [] });
      await store.set(r.id, r, HOUR);
      // {"cart":["i00",…,"i19"]} is 10 + 6 bytes per item: room for exactly 20 items.
      const maxBytes = 10 + 6 * 20;
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => store.update(r.id, {}, { ...writeOpts(maxBytes), append: { cart: `i${String(i).padStart(2, "0")}` } })),
      );
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(20);
      const refusals = results.filter((x) => x.status === "rejected").map((x) => (x as PromiseRejectedResult).reason as unknown);
      expect(refusals.every((e) => e instanceof SessionTooLargeError)).toBe(true);
      const cart = (await store.get(r.id))?.data.cart as string[];
      expect(cart).toHaveLength(20);
      expect(Buffer.byteLength(JSON.stringify({ cart }))).toBe(maxBytes);
    });

    // The byte budget: 3,000 bytes hold two sessions of 1,008 bytes of data, not three (and leave
    // room for the memory store, which also counts each record's ID and timestamps).
    it(`should ${harness.kind === "memory" ? "evict the least recently used session" : "refuse a new session, storing nothing,"} when its data would pass the store's byte budget`, async () => {
      const { store } = harness.fresh({ maxBytes: BUDGET });
      const [a, b, c] = [record(filler(1000)), record(filler(1000)), record(filler(1000))];
      await store.set(a.id, a, HOUR);
      await store.set(b.id, b, HOUR);
      if (harness.kind === "memory") {
        await store.set(c.id, c, HOUR);
        expect(await store.get(a.id)).toBeNull();
        expect(await store.get(c.id)).not.toBeNull();
      } else {
        const attempt = store.set(c.id, c, HOUR);
        await expect(attempt).rejects.toBeInstanceOf(StoreFullError);
        await expect(attempt).rejects.toMatchObject({ status: 503, code: "store_full", limit: "bytes", message: expect.stringContaining("maximum of 3000 bytes of session data") });
        expect(await store.get(c.id)).toBeNull();
        expect(await store.get(a.id)).toEqual(a);
      }
      expect(await store.get(b.id)).toEqual(b);
      expect(await store.count()).toBe(2);
    });

    it.skipIf(harness.kind === "memory").each([
      ["exactly at the budget", 56, true],
      ["one byte over", 55, false],
    ])("should count the byte budget in UTF-8 bytes of the data's JSON: %s", async (_label, maxBytes, accepted) => {
      const { store } = harness.fresh({ maxBytes });
      const [a, b] = [record({ k: "é".repeat(10) }), record({ k: "é".repeat(10) })]; // 28 bytes each
      await store.set(a.id, a, HOUR);
      const attempt = store.set(b.id, b, HOUR);
      if (accepted) await expect(attempt).resolves.toBeUndefined();
      else await expect(attempt).rejects.toMatchObject({ code: "store_full" });
      expect(await store.count()).toBe(accepted ? 2 : 1);
    });

    it.skipIf(harness.kind === "memory")("should refuse an update or append that grows a session past the byte budget, keep its data, and always let it shrink", async () => {
      const { store } = harness.fresh({ maxBytes: BUDGET });
      const [a, b] = [record(filler(1000)), record(filler(1000))];
      await store.set(a.id, a, HOUR);
      await store.set(b.id, b, HOUR);
      await expect(store.update(a.id, filler(1400), writeOpts())).resolves.toMatchObject({ data: filler(1400) }); // 2,416 bytes in all
      await expect(store.update(a.id, filler(2000), writeOpts())).rejects.toMatchObject({ code: "store_full", limit: "bytes" });
      await expect(store.update(b.id, {}, { ...writeOpts(), append: { cart: "x".repeat(600) } })).rejects.toMatchObject({ code: "store_full" });
      expect((await store.get(a.id))?.data).toEqual(filler(1400));
      expect((await store.get(b.id))?.data).toEqual(filler(1000));
      await expect(store.update(a.id, filler(10), writeOpts())).resolves.toMatchObject({ data: filler(10) });
      await expect(store.update(b.id, {}, { ...writeOpts(), append: { cart: "x".repeat(600) } })).resolves.toMatchObject({ data: { cart: ["x".repeat(600)] } });
    });

    it("should give a destroyed or shrunk session's bytes back to the budget at once", async () => {
      const { store } = harness.fresh({ maxBytes: BUDGET });
      const [a, b, c, d] = [record(filler(1000)), record(filler(1000)), record(filler(1000)), record(filler(1000))];
      await store.set(a.id, a, HOUR);
      await store.set(b.id, b, HOUR);
      await store.destroy(a.id);
      await store.set(c.id, c, HOUR);
      await store.set(b.id, { ...b, data: filler(10) }, HOUR); // replaced: counted once, at its new size
      await store.update(c.id, filler(10), writeOpts());
      await store.set(d.id, d, HOUR);
      await store.set(a.id, a, HOUR); // 18 + 18 + 1,008 + 1,008 bytes
      for (const r of [a, c, d]) expect(await store.get(r.id)).not.toBeNull();
      expect(await store.count()).toBe(4);
    });

    it.each([
      ["a new session", async (store: SessionStore) => {
        const c = record(filler(1000));
        await store.set(c.id, c, HOUR);
        expect(await store.get(c.id)).not.toBeNull();
      }],
      ["an update", async (store: SessionStore, b: SessionRecord) => {
        await expect(store.update(b.id, filler(1900), writeOpts())).resolves.toMatchObject({ data: filler(1900) });
      }],
    ])("should give an expired session's bytes back, even one the store let expire on its own, to %s", async (_label, use) => {
      const { store } = harness.fresh({ maxBytes: BUDGET });
      const [a, b] = [record(filler(1400)), record(filler(1000))];
      await store.set(a.id, a, 100);
      await store.set(b.id, b, HOUR);
      await sleep(250);
      await use(store, b); // needs the room the expired a held
      expect(await store.get(b.id)).not.toBeNull();
    });

    it.skipIf(harness.kind === "memory").each([
      ["one store instance", false],
      ["two instances sharing the data, like two app processes", true],
    ])("should start exactly as many of 50 concurrent new sessions as the byte budget holds on %s", async (_label, shared) => {
      const space = harness.fresh({ maxBytes: 20 * 1008 });
      const second = shared ? space.open() : space.store;
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) => {
          const r = record(filler(1000));
          return (i % 2 ? second : space.store).set(r.id, r, HOUR);
        }),
      );
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(20);
      const refusals = results.filter((x) => x.status === "rejected").map((x) => (x as PromiseRejectedResult).reason as unknown);
      expect(refusals.every((e) => e instanceof StoreFullError && e.limit === "bytes")).toBe(true);
      expect(await space.store.count()).toBe(20);
    });

    it.skipIf(!harness.persistent)("should keep its byte total when the store is closed and reopened", async () => {
      const space = harness.fresh({ maxBytes: BUDGET });
      const [a, b, c] = [record(filler(1000)), record(filler(1000)), record(filler(1000))];
      await space.store.set(a.id, a, HOUR);
      await space.store.set(b.id, b, HOUR);
      await space.store.close();
      const reopened = space.open();
      await expect(reopened.set(c.id, c, HOUR)).rejects.toMatchObject({ code: "store_full", limit: "bytes" });
      await reopened.destroy(a.id);
      await expect(reopened.set(c.id, c, HOUR)).resolves.toBeUndefined();
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
}
