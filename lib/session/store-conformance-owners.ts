import { describe, expect, it } from "vitest";
import { HOUR, record, writeOpts } from "@/lib/testing/session-records";
import type { StoreHarness } from "@/lib/testing/store-harness";
import type { SessionRecord, SessionStore } from "./store";

/** Sets `n` sessions owned by `owner`, created one millisecond apart (oldest first). */
async function owned(store: SessionStore, owner: string, n: number, ttlMs = HOUR): Promise<SessionRecord[]> {
  const out: SessionRecord[] = [];
  for (let i = 0; i < n; i++) {
    const r = record({ device: i });
    r.createdAt -= n - i;
    await store.set(r.id, r, ttlMs, { owner, login: true });
    out.push(r);
  }
  return out;
}

const ids = (records: SessionRecord[]) => records.map((r) => r.id);

/** Conformance: the owner index behind "log out everywhere" (store.ts, SetOptions.owner). */
export function describeOwnerConformance(harness: StoreHarness): void {
  describe(`${harness.kind} store conformance: sessions by owner`, () => {
    it("should list an owner's live sessions oldest first, and nobody else's", async () => {
      const { store } = harness.fresh();
      const mine = await owned(store, "u:ada", 3);
      await owned(store, "u:bob", 2);
      const anonymous = record({ cart: [] });
      await store.set(anonymous.id, anonymous, HOUR);
      expect(await store.listOwned("u:ada")).toEqual(mine);
      expect(await store.listOwned("u:nobody")).toEqual([]);
    });

    it("should end every session of the owner but the one spared, and leave other owners' alone", async () => {
      const { store } = harness.fresh();
      const [a, b, c] = await owned(store, "u:ada", 3);
      const bob = await owned(store, "u:bob", 1);
      expect(new Set(await store.destroyOwned("u:ada", { except: b!.id }))).toEqual(new Set([a!.id, c!.id]));
      expect(ids(await store.listOwned("u:ada"))).toEqual([b!.id]);
      expect(await store.get(a!.id)).toBeNull();
      expect(await store.listOwned("u:bob")).toEqual(bob);
      expect(await store.count()).toBe(2);
    });

    it("should end only the picked ids, and ignore an id that belongs to another owner", async () => {
      const { store } = harness.fresh();
      const [a, b] = await owned(store, "u:ada", 2);
      const [bob] = await owned(store, "u:bob", 1);
      expect(await store.destroyOwned("u:ada", { ids: [a!.id, bob!.id] })).toEqual([a!.id]);
      expect(await store.get(bob!.id)).toEqual(bob);
      expect(ids(await store.listOwned("u:ada"))).toEqual([b!.id]);
      expect(await store.destroyOwned("u:ada", { ids: [] })).toEqual([]);
    });

    it("should end them all, and then list nothing", async () => {
      const { store } = harness.fresh();
      const mine = await owned(store, "u:ada", 3);
      expect(new Set(await store.destroyOwned("u:ada"))).toEqual(new Set(ids(mine)));
      expect(await store.listOwned("u:ada")).toEqual([]);
      expect(await store.count()).toBe(0);
    });

    it("should drop a session from its owner's list when it is destroyed one by one", async () => {
      const { store } = harness.fresh();
      const [a, b] = await owned(store, "u:ada", 2);
      await store.destroy(a!.id);
      expect(ids(await store.listOwned("u:ada"))).toEqual([b!.id]);
      expect(await store.destroyOwned("u:ada")).toEqual([b!.id]);
    });

    it("should keep the owner through updates, touches and a set without one", async () => {
      const { store } = harness.fresh();
      const [a] = await owned(store, "u:ada", 1);
      await store.update(a!.id, { seen: 1 }, writeOpts());
      await store.touch(a!.id, { lastSeenAt: 7, idleExpiresAt: 8 }, HOUR);
      await store.set(a!.id, { ...a!, data: { again: true } }, HOUR);
      expect(await store.listOwned("u:ada")).toMatchObject([{ id: a!.id, data: { again: true } }]);
    });

    it("should neither list nor end a session that has outlived its ttl", async () => {
      const space = harness.fresh();
      const [short] = await owned(space.store, "u:ada", 1, 1_000);
      const [long] = await owned(space.store, "u:ada", 1);
      await space.advance(1_000);
      expect(ids(await space.store.listOwned("u:ada"))).toEqual([long!.id]);
      expect(await space.store.destroyOwned("u:ada")).toEqual([long!.id]);
      await space.store.sweep(space.now());
      expect(await space.store.get(short!.id)).toBeNull();
      expect(await space.store.listOwned("u:ada")).toEqual([]);
    });

    it("should end, from one instance, the sessions another instance wrote", async () => {
      const space = harness.fresh();
      const mine = await owned(space.store, "u:ada", 2);
      const other = space.open();
      expect(await other.listOwned("u:ada")).toEqual(mine);
      expect(new Set(await other.destroyOwned("u:ada"))).toEqual(new Set(ids(mine)));
      expect(await space.store.get(mine[0]!.id)).toBeNull();
    });
  });
}
