import { describe, expect, it } from "vitest";
import { filler, HOUR, record, writeOpts } from "@/lib/testing/session-records";
import type { StoreHarness } from "@/lib/testing/store-harness";
import { ClientBudgetError, StoreFullError } from "./errors";

/** Two sessions of 1,008 bytes of data fit one client's 2,100 bytes; a third does not. */
const CLIENT_BUDGET = 2_100;
const [ALICE, BOB] = ["203.0.113.7", "2001:db8:1:2::/64"];

/** Conformance: each client's share of the store (`maxBytesPerClient`), and the room kept for logins (`loginReserve`). */
export function describeClientConformance(harness: StoreHarness): void {
  describe(`${harness.kind} store conformance: per-client budget and room for logins`, () => {
    // The memory store evicts at its caps, so it keeps no room for logins: that test is defined for the others only.
    const refusing = harness.kind === "memory" ? undefined : it;
    const persistent = harness.persistent ? it : undefined;

    it("should refuse a client's new session past its budget with 429 and Retry-After, store nothing, and still start another client's", async () => {
      const { store } = harness.fresh({ maxBytesPerClient: CLIENT_BUDGET });
      const [a, b, c, d] = [record(filler(1000)), record(filler(1000)), record(filler(1000)), record(filler(1000))];
      await store.set(a.id, a, HOUR, { client: ALICE });
      await store.set(b.id, b, HOUR, { client: ALICE });
      const attempt = store.set(c.id, c, HOUR, { client: ALICE });
      await expect(attempt).rejects.toBeInstanceOf(ClientBudgetError);
      await expect(attempt).rejects.toMatchObject({ status: 429, code: "client_budget_full", headers: { "retry-after": "60" } });
      expect(await store.get(c.id)).toBeNull();
      await expect(store.set(d.id, d, HOUR, { client: BOB })).resolves.toBeUndefined();
      await expect(store.set(c.id, c, HOUR)).resolves.toBeUndefined(); // a session of no known client counts against nobody
      expect(await store.count()).toBe(4);
    });

    it("should refuse growing a client's session past its budget, keep its data, and always let it shrink", async () => {
      const { store } = harness.fresh({ maxBytesPerClient: CLIENT_BUDGET });
      const [a, b] = [record(filler(1000)), record(filler(10))];
      await store.set(a.id, a, HOUR, { client: ALICE });
      await store.set(b.id, b, HOUR, { client: ALICE });
      await expect(store.update(b.id, filler(1000), writeOpts())).resolves.toMatchObject({ data: filler(1000) });
      await expect(store.update(b.id, filler(1100), writeOpts())).rejects.toMatchObject({ code: "client_budget_full" });
      await expect(store.update(b.id, {}, { ...writeOpts(), append: { cart: "x".repeat(200) } })).rejects.toMatchObject({ code: "client_budget_full" });
      expect((await store.get(b.id))?.data).toEqual(filler(1000));
      await expect(store.update(a.id, filler(10), writeOpts())).resolves.toMatchObject({ data: filler(10) });
      await expect(store.update(b.id, filler(1080), writeOpts())).resolves.toMatchObject({ data: filler(1080) });
    });

    it("should give a client's bytes back when its session is destroyed, and when it expires", async () => {
      const { store, advance } = harness.fresh({ maxBytesPerClient: CLIENT_BUDGET });
      const [a, b, c, d] = [record(filler(1000)), record(filler(1000)), record(filler(1000)), record(filler(1000))];
      await store.set(a.id, a, HOUR, { client: ALICE });
      await store.set(b.id, b, 100, { client: ALICE });
      await store.destroy(a.id);
      await store.set(c.id, c, HOUR, { client: ALICE });
      await advance(250);
      await store.set(d.id, d, HOUR, { client: ALICE }); // needs the room the expired b held
      expect(await store.get(d.id)).not.toBeNull();
    });

    it("should start exactly as many of 30 concurrent new sessions of one client as its budget holds", async () => {
      const space = harness.fresh({ maxBytesPerClient: 10 * 1008 });
      const second = harness.persistent ? space.open() : space.store;
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) => {
          const r = record(filler(1000));
          return (i % 2 ? second : space.store).set(r.id, r, HOUR, { client: ALICE });
        }),
      );
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(10);
      expect(await space.store.count()).toBe(10);
    });

    persistent?.("should keep each client's total when the store is closed and reopened", async () => {
      const space = harness.fresh({ maxBytesPerClient: CLIENT_BUDGET });
      const [a, b, c] = [record(filler(1000)), record(filler(1000)), record(filler(1000))];
      await space.store.set(a.id, a, HOUR, { client: ALICE });
      await space.store.set(b.id, b, HOUR, { client: ALICE });
      await space.store.close();
      const reopened = space.open();
      await expect(reopened.set(c.id, c, HOUR, { client: ALICE })).rejects.toMatchObject({ code: "client_budget_full" });
      await expect(reopened.set(c.id, c, HOUR, { client: BOB })).resolves.toBeUndefined();
    });

    refusing?.("with evictAnonymous, should end the anonymous session that would expire soonest to make room, never a login's", async () => {
      const { store } = harness.fresh({ maxSessions: 3, evictAnonymous: true });
      const [login, soon, later, fresh, next] = [record({ user: "ada" }), record({ n: 1 }), record({ n: 2 }), record({ n: 3 }), record({ n: 4 })];
      await store.set(login.id, login, 5 * 60_000, { login: true }); // the soonest to expire of all, but a login's
      await store.set(soon.id, soon, 10 * 60_000);
      await store.set(later.id, later, 50 * 60_000);
      await store.set(fresh.id, fresh, HOUR);
      expect(await store.get(soon.id)).toBeNull();
      await store.set(next.id, next, HOUR);
      expect(await store.get(later.id)).toBeNull();
      for (const r of [login, fresh, next]) expect(await store.get(r.id)).not.toBeNull();
      expect(await store.count()).toBe(3);
    });

    refusing?.(
      "with evictAnonymous, should make room for a growing session by ending another anonymous one, and refuse when only logins are left",
      async () => {
        const { store } = harness.fresh({ maxSessions: 2, maxBytes: 3_000, evictAnonymous: true });
        const [a, b] = [record(filler(1000)), record(filler(1000))];
        await store.set(a.id, a, 10 * 60_000);
        await store.set(b.id, b, HOUR);
        await expect(store.update(b.id, filler(2500), writeOpts())).resolves.toMatchObject({ data: filler(2500) });
        expect(await store.get(a.id)).toBeNull();
        await store.destroy(b.id);
        const [ada, grace, anonymous] = [record({ user: "ada" }), record({ user: "grace" }), record({ n: 1 })];
        await store.set(ada.id, ada, HOUR, { login: true });
        await store.set(grace.id, grace, HOUR, { login: true });
        await expect(store.set(anonymous.id, anonymous, HOUR)).rejects.toMatchObject({ code: "store_full", limit: "sessions" });
        await store.destroy(grace.id); // a login that ended is no longer spared: its ID may be reused by anyone's next session
        await expect(store.set(anonymous.id, anonymous, HOUR)).resolves.toBeUndefined();
      },
    );

    refusing?.("should keep part of its caps for logins: anonymous sessions are refused first, a login still starts", async () => {
      const { store } = harness.fresh({ maxSessions: 8, maxBytes: 8 * 1008, loginReserve: 1 / 4 });
      for (let i = 0; i < 6; i++) {
        const r = record(filler(1000));
        await store.set(r.id, r, HOUR);
      }
      const anonymous = record(filler(10));
      await expect(store.set(anonymous.id, anonymous, HOUR)).rejects.toBeInstanceOf(StoreFullError);
      const login = record({ user: "ada" });
      await expect(store.set(login.id, login, HOUR, { login: true })).resolves.toBeUndefined();
      const grown = record(filler(900));
      await expect(store.set(grown.id, grown, HOUR, { login: true })).resolves.toBeUndefined(); // 8 sessions: the caps themselves
      const last = record({ user: "grace" });
      await expect(store.set(last.id, last, HOUR, { login: true })).rejects.toMatchObject({ code: "store_full", limit: "sessions" });
    });
  });
}
