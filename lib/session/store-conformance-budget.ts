import { describe, expect, it } from "vitest";
import { filler, HOUR, record, writeOpts } from "@/lib/testing/session-records";
import type { StoreHarness } from "@/lib/testing/store-harness";
import { StoreFullError } from "./errors";
import type { SessionRecord, SessionStore } from "./store";

/**
 * 3,000 bytes hold two sessions of 1,008 bytes of data, not three (and leave room for the memory
 * store, which also counts each record's ID and timestamps).
 */
const BUDGET = 3_000;

/** Conformance: the store's budget for all sessions' data (`maxBytes`); SQLite and Redis refuse, memory evicts. */
export function describeBudgetConformance(harness: StoreHarness): void {
  describe(`${harness.kind} store conformance: byte budget`, () => {
    // Tests that only apply to some stores are not defined for the others (rather than skipped):
    // the memory store evicts instead of refusing, and only SQLite and Redis outlive a reopen.
    const refusing = harness.kind === "memory" ? undefined : it;
    const persistent = harness.persistent ? it : undefined;
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
        await expect(attempt).rejects.toMatchObject({
          status: 503,
          code: "store_full",
          limit: "bytes",
          message: expect.stringContaining("maximum of 3000 bytes of session data"),
        });
        expect(await store.get(c.id)).toBeNull();
        expect(await store.get(a.id)).toEqual(a);
      }
      expect(await store.get(b.id)).toEqual(b);
      expect(await store.count()).toBe(2);
    });

    refusing?.each([
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

    refusing?.("should refuse an update or append that grows a session past the byte budget, keep its data, and always let it shrink", async () => {
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
      [
        "a new session",
        async (store: SessionStore) => {
          const c = record(filler(1000));
          await store.set(c.id, c, HOUR);
          expect(await store.get(c.id)).not.toBeNull();
        },
      ],
      [
        "an update",
        async (store: SessionStore, b: SessionRecord) => {
          await expect(store.update(b.id, filler(1900), writeOpts())).resolves.toMatchObject({ data: filler(1900) });
        },
      ],
    ])("should give an expired session's bytes back, even one the store let expire on its own, to %s", async (_label, use) => {
      const { store, advance } = harness.fresh({ maxBytes: BUDGET });
      const [a, b] = [record(filler(1400)), record(filler(1000))];
      await store.set(a.id, a, 100);
      await store.set(b.id, b, HOUR);
      await advance(250);
      await use(store, b); // needs the room the expired a held
      expect(await store.get(b.id)).not.toBeNull();
    });

    refusing?.each([
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

    persistent?.("should keep its byte total when the store is closed and reopened", async () => {
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
  });
}
