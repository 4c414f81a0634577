import { describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { memoryHarness, redisHarness, sqliteHarness, withTestRedis, type StoreHarness } from "@/lib/testing/store-harness";
import { SessionManager, type SessionManagerOptions } from "./manager";

const MIN = 60_000;
const redis = withTestRedis();
const harnesses: [string, StoreHarness][] = [memoryHarness(), sqliteHarness(), redisHarness(redis)].map((h) => [h.kind, h]);

describe.each(harnesses)("session manager on the %s store", (kind, harness) => {
  function setup(options: Partial<SessionManagerOptions> = {}, maxSessions?: number, maxBytes?: number) {
    const clock = fakeClock();
    const { store } = harness.fresh({ maxSessions, maxBytes });
    const manager = new SessionManager({ store, now: clock.now, idleTimeoutMs: 30 * MIN, absoluteTimeoutMs: 120 * MIN, ...options });
    return { clock, store, manager };
  }

  it("should create nothing when a visitor without a cookie only reads", async () => {
    const { manager, store } = setup();
    const result = await manager.read({ secure: true });
    expect(result).toMatchObject({ session: null, cookie: null, outcome: "none" });
    expect(await store.count()).toBe(0);
  });

  it.each([
    ["a well-formed ID the server never issued", "A".repeat(42) + "A"],
    ["a value that is not an ID at all", "admin"],
    ["an over-long value", "x".repeat(5000)],
  ])("should ignore %s, store nothing and clear the cookie", async (_label, id) => {
    const { manager, store } = setup();
    const result = await manager.read({ id, secure: true });
    expect(result).toMatchObject({ session: null, outcome: "unknown_id", cookie: { name: "__Host-sid", maxAge: 0, value: "" } });
    expect(await store.count()).toBe(0);
  });

  it("should issue a fresh 256-bit ID on the first write instead of adopting the one the cookie named", async () => {
    const { manager } = setup();
    const planted = "B".repeat(42) + "A";
    const result = await manager.write({ id: planted, secure: false }, { theme: "dark" });
    expect(result.outcome).toBe("created");
    expect(result.session?.id).not.toBe(planted);
    expect(Buffer.from(result.session!.id, "base64url")).toHaveLength(32);
    expect(result.cookie).toMatchObject({ name: "sid", value: result.session!.id, httpOnly: true, secure: false, sameSite: "lax", path: "/" });
    expect(result.session).toMatchObject({ data: { theme: "dark" }, store: kind });
  });

  it("should merge later writes into the same session and delete keys sent as null", async () => {
    const { manager } = setup();
    const { session } = await manager.write({ secure: true }, { a: 1, b: 2 });
    const result = await manager.write({ id: session!.id, secure: true }, { b: null, c: 3 });
    expect(result).toMatchObject({ outcome: "updated", session: { id: session!.id, data: { a: 1, c: 3 } } });
  });

  it("should start a session holding a one-item list on a first append, then append to that list", async () => {
    const { manager } = setup();
    const first = await manager.write({ secure: true }, {}, { cart: "tea" });
    expect(first).toMatchObject({ outcome: "created", session: { data: { cart: ["tea"] } } });
    const second = await manager.write({ id: first.session!.id, secure: true }, { seen: true }, { cart: "jam" });
    expect(second).toMatchObject({ outcome: "updated", session: { id: first.session!.id, data: { cart: ["tea", "jam"], seen: true } } });
  });

  it("should start a fresh session for an append that names an ID the server did not issue", async () => {
    const { manager, store } = setup();
    const planted = "C".repeat(42) + "A";
    const result = await manager.write({ id: planted, secure: true }, {}, { cart: "tea" });
    expect(result).toMatchObject({ outcome: "created", session: { data: { cart: ["tea"] } } });
    expect(result.session!.id).not.toBe(planted);
    expect(result.message).toContain("not adopted (strict mode)");
    expect(await store.count()).toBe(1);
  });

  it("should refuse an append to a key that is not a list with 409, and keep the session as it was", async () => {
    const { manager } = setup();
    const { session } = await manager.write({ secure: true }, { cart: 3 });
    await expect(manager.write({ id: session!.id, secure: true }, {}, { cart: "tea" })).rejects.toMatchObject({ status: 409, code: "not_a_list" });
    expect((await manager.read({ id: session!.id, secure: true })).session?.data).toEqual({ cart: 3 });
  });

  it("should move the data to a new ID on regenerate and make the old ID worthless", async () => {
    const { manager } = setup();
    const before = await manager.write({ secure: true }, { cart: ["tea"] });
    const after = await manager.regenerate({ id: before.session!.id, secure: true }, { user: "ada" });
    expect(after.session?.id).not.toBe(before.session!.id);
    expect(after).toMatchObject({ outcome: "regenerated", session: { data: { cart: ["tea"], user: "ada" } } });
    expect(after.cookie?.value).toBe(after.session!.id);
    expect((await manager.read({ id: before.session!.id, secure: true })).outcome).toBe("unknown_id");
  });

  it("should revoke a destroyed session at once, whoever still holds its cookie", async () => {
    const { manager, store } = setup();
    const { session } = await manager.write({ secure: true }, { user: "ada" });
    const result = await manager.destroy({ id: session!.id, secure: true });
    expect(result).toMatchObject({ outcome: "destroyed", session: null, cookie: { maxAge: 0 } });
    expect((await manager.read({ id: session!.id, secure: true })).session).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it.each([
    ["just before", 30 * MIN - 1, "found"],
    ["exactly at", 30 * MIN, "idle_expired"],
    ["after", 31 * MIN, "idle_expired"],
  ])("should judge a session read %s the idle timeout as %s", async (_label, wait, outcome) => {
    const { manager, clock, store } = setup();
    const { session } = await manager.write({ secure: true }, { a: 1 });
    clock.advance(wait);
    expect((await manager.read({ id: session!.id, secure: true })).outcome).toBe(outcome);
    expect(await store.get(session!.id)).toEqual(outcome === "found" ? expect.anything() : null);
  });

  it("should end a session at its absolute timeout however active it stays", async () => {
    const { manager, clock } = setup();
    const { session } = await manager.write({ secure: true }, { a: 1 });
    for (let i = 0; i < 5; i++) {
      clock.advance(20 * MIN);
      expect((await manager.read({ id: session!.id, secure: true })).outcome).toBe("found");
    }
    clock.advance(20 * MIN);
    const result = await manager.read({ id: session!.id, secure: true });
    expect(result).toMatchObject({ outcome: "absolute_expired", session: null, cookie: { maxAge: 0 } });
  });

  it("should slide the idle expiry and re-send the cookie on reads when rolling", async () => {
    const { manager, clock } = setup({ rolling: true });
    const { session } = await manager.write({ secure: true }, { a: 1 });
    clock.advance(10 * MIN);
    const result = await manager.read({ id: session!.id, secure: true });
    expect(result.session).toMatchObject({ lastSeenAt: clock.now(), idleExpiresAt: clock.now() + 30 * MIN });
    expect(result.cookie).toMatchObject({ value: session!.id, maxAge: 30 * 60 });
  });

  it("should skip renewal on a read within a minute of the last one: nothing written, no cookie, and it says so", async () => {
    const { manager, clock, store } = setup();
    const { session } = await manager.write({ secure: true }, { a: 1 });
    clock.advance(59_000);
    const recent = await manager.read({ id: session!.id, secure: true });
    expect(recent).toMatchObject({ outcome: "found", cookie: null, session: { lastSeenAt: session!.lastSeenAt, idleExpiresAt: session!.idleExpiresAt } });
    expect(recent.message).toMatch(/last renewed 59 seconds ago.*wrote nothing to the store and sent no cookie/);
    expect(await store.get(session!.id)).toMatchObject({ lastSeenAt: session!.lastSeenAt });
    clock.advance(1_000);
    const renewed = await manager.read({ id: session!.id, secure: true });
    expect(renewed).toMatchObject({ cookie: { value: session!.id, maxAge: 30 * 60 }, session: { lastSeenAt: clock.now() } });
    expect(await store.get(session!.id)).toMatchObject({ lastSeenAt: clock.now(), idleExpiresAt: clock.now() + 30 * MIN });
  });

  it("should renew on every read with touchAfterMs 0, and default to a tenth of a short idle timeout", async () => {
    const eager = setup({ touchAfterMs: 0 });
    const { session } = await eager.manager.write({ secure: true }, { a: 1 });
    eager.clock.advance(1);
    expect((await eager.manager.read({ id: session!.id, secure: true })).session).toMatchObject({ lastSeenAt: eager.clock.now() });
    expect(setup({ idleTimeoutMs: 20_000 }).manager.touchAfterMs).toBe(2_000);
    expect(setup().manager.touchAfterMs).toBe(60_000);
  });

  it("should not count reads as activity when not rolling, so idleness runs from the last write", async () => {
    const { manager, clock } = setup({ rolling: false });
    const { session } = await manager.write({ secure: true }, { a: 1 });
    clock.advance(20 * MIN);
    const read = await manager.read({ id: session!.id, secure: true });
    expect(read).toMatchObject({ outcome: "found", cookie: null, session: { idleExpiresAt: session!.idleExpiresAt } });
    clock.advance(10 * MIN);
    expect((await manager.read({ id: session!.id, secure: true })).outcome).toBe("idle_expired");
  });

  it("should refuse data over the size limit with 413 session_too_large and store nothing", async () => {
    const { manager, store } = setup({ maxDataBytes: 100 });
    await expect(manager.write({ secure: true }, { big: "x".repeat(200) })).rejects.toMatchObject({ status: 413, code: "session_too_large" });
    expect(await store.count()).toBe(0);
    const { session } = await manager.write({ secure: true }, { small: 1 });
    await expect(manager.write({ id: session!.id, secure: true }, { big: "x".repeat(200) })).rejects.toMatchObject({ status: 413 });
    expect((await store.get(session!.id))?.data).toEqual({ small: 1 });
  });

  it(`should ${kind === "memory" ? "evict the least recently used session" : "refuse a new session with 503 store_full"} at the cap`, async () => {
    const { manager, store } = setup({}, 2);
    const first = await manager.write({ secure: true }, { n: 1 });
    const second = await manager.write({ secure: true }, { n: 2 });
    const third = manager.write({ secure: true }, { n: 3 });
    if (kind === "memory") {
      await expect(third).resolves.toMatchObject({ outcome: "created" });
      expect((await manager.read({ id: first.session!.id, secure: true })).outcome).toBe("unknown_id");
    } else {
      await expect(third).rejects.toMatchObject({ status: 503, code: "store_full" });
      expect((await manager.read({ id: first.session!.id, secure: true })).outcome).toBe("found");
    }
    expect((await manager.write({ id: second.session!.id, secure: true }, { more: true })).outcome).toBe("updated");
    expect(await store.count()).toBe(2);
  });

  it("should still let a visitor log in when the store is at its cap, since the new ID takes the old one's place", async () => {
    const { manager, store } = setup({}, 2);
    await manager.write({ secure: true }, { n: 1 });
    const second = await manager.write({ secure: true }, { n: 2 });
    const login = await manager.regenerate({ id: second.session!.id, secure: true }, { user: "ada" });
    expect(login).toMatchObject({ outcome: "regenerated", session: { data: { n: 2, user: "ada" } } });
    expect(login.session!.id).not.toBe(second.session!.id);
    expect(await store.count()).toBe(2);
  });

  it("should keep the old session when the store has no room for the regenerated one, even in the old one's place", async () => {
    const { manager, store } = setup({}, undefined, 100);
    const mine = await manager.write({ secure: true }, { cart: 1 });
    await manager.write({ secure: true }, { other: "x".repeat(50) });
    const login = manager.regenerate({ id: mine.session!.id, secure: true }, { user: "y".repeat(50) });
    if (kind === "memory") {
      // Memory makes room by evicting the least recently used sessions: it never refuses.
      await expect(login).resolves.toMatchObject({ outcome: "regenerated" });
    } else {
      await expect(login).rejects.toMatchObject({ status: 503 });
      expect((await store.get(mine.session!.id))?.data).toEqual({ cart: 1 });
      expect((await manager.read({ id: mine.session!.id, secure: true })).outcome).toBe("found");
    }
  });

  it("should keep the old session when the regenerated data would be too large", async () => {
    const { manager, store } = setup({ maxDataBytes: 64 });
    const { session } = await manager.write({ secure: true }, { n: 1 });
    await expect(manager.regenerate({ id: session!.id, secure: true }, { big: "x".repeat(100) })).rejects.toMatchObject({ status: 413 });
    expect((await store.get(session!.id))?.data).toEqual({ n: 1 });
  });
});
