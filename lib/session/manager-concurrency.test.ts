import { describe, expect, it } from "vitest";
import { memoryHarness, redisHarness, sqliteHarness, withTestRedis, type StoreHarness } from "@/lib/testing/store-harness";
import { SessionManager } from "./manager";

const redis = withTestRedis();
const harnesses: [string, StoreHarness][] = [memoryHarness(), sqliteHarness(), redisHarness(redis)].map((h) => [h.kind, h]);

describe.each(harnesses)("session manager sharing the %s store", (kind, harness) => {
  it.each([
    ["one app process", false],
    ["two app processes (two store instances over the same data)", true],
  ])("should keep every key when 50 writers update one session at once from %s", async (_label, twoProcesses) => {
    const space = harness.fresh();
    const a = new SessionManager({ store: space.store });
    const b = twoProcesses ? new SessionManager({ store: space.open() }) : a;
    const { session } = await a.write({ secure: true }, { owner: "ada" });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? b : a).write({ id: session!.id, secure: true }, { [`item${i}`]: i })));
    expect(new Set(results.map((r) => r.session?.id))).toEqual(new Set([session!.id]));
    const read = await b.read({ id: session!.id, secure: true });
    expect(Object.keys(read.session!.data)).toHaveLength(51);
    expect(read.session!.data).toMatchObject(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`item${i}`, i])));
  });

  it("should keep every item when 50 adds to one cart arrive at once from two app processes", async () => {
    const space = harness.fresh();
    const [a, b] = [new SessionManager({ store: space.store }), new SessionManager({ store: space.open() })];
    const { session } = await a.write({ secure: true }, {}, { cart: "first" });
    await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? b : a).write({ id: session!.id, secure: true }, {}, { cart: `item${i}` })));
    const cart = (await a.read({ id: session!.id, secure: true })).session!.data.cart as string[];
    expect(cart).toHaveLength(51);
    expect(new Set(cart)).toEqual(new Set(["first", ...Array.from({ length: 50 }, (_, i) => `item${i}`)]));
  });

  it(`should ${harness.persistent ? "keep" : "lose"} a signed-in session across an app restart`, async () => {
    const space = harness.fresh();
    const before = await new SessionManager({ store: space.store }).regenerate({ secure: true }, { user: "ada" });
    await space.store.close();
    const after = await new SessionManager({ store: space.open() }).read({ id: before.session!.id, secure: true });
    if (harness.persistent) expect(after.session).toMatchObject({ id: before.session!.id, data: { user: "ada" }, store: kind });
    else expect(after).toMatchObject({ session: null, outcome: "unknown_id" });
  });
});
