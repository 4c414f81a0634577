import { describe, expect, it } from "vitest";
import { HOUR, record, writeOpts } from "@/lib/testing/session-records";
import type { StoreHarness } from "@/lib/testing/store-harness";
import { NotAListError, SessionTooLargeError } from "./errors";

/** Conformance: `update` with `append` (store.ts, SessionAppend) is one atomic step on every store. */
export function describeAppendConformance(harness: StoreHarness): void {
  describe(`${harness.kind} store conformance: atomic append`, () => {
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
      await expect(attempt).rejects.toMatchObject({
        status: 409,
        code: "not_a_list",
        key: "cart",
        message: expect.stringContaining(`holds ${holds}, not a list`),
      });
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
  });
}
