import { describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { SessionManager } from "./manager";
import { MemoryStore } from "./memory-store";

// The options the demos use to run their own short-timer managers over one shared store.
describe("session manager options for demo managers", () => {
  function setup() {
    const clock = fakeClock();
    const store = new MemoryStore({ now: clock.now });
    const demo = new SessionManager({
      store,
      now: clock.now,
      idleTimeoutMs: 20_000,
      absoluteTimeoutMs: 60_000,
      cookieName: "expiry-sid",
      persistentCookie: false,
      expiredGraceMs: 3_600_000,
    });
    const site = new SessionManager({ store, now: clock.now });
    return { clock, store, demo, site };
  }

  it("should set its own cookie name, so its sessions never mix with the site's", async () => {
    const { demo, site } = setup();
    const result = await demo.write({ secure: true }, { visits: 1 });
    expect(result.cookie).toMatchObject({ name: "__Host-expiry-sid", value: result.session!.id });
    expect(demo.cookieName(false)).toBe("expiry-sid");
    expect(site.cookieName(true)).toBe("__Host-sid");
    expect((await demo.destroy({ secure: true })).cookie).toMatchObject({ name: "__Host-expiry-sid", maxAge: 0 });
  });

  it("should send a cookie without Max-Age when the cookie is not persistent, while the server still ends the session", async () => {
    const { demo, clock } = setup();
    const { session, cookie } = await demo.write({ secure: true }, { visits: 1 });
    expect(cookie?.maxAge).toBeNull();
    clock.advance(20_000);
    const read = await demo.read({ id: session!.id, secure: true });
    expect(read.outcome).toBe("idle_expired");
    expect(read.message).toContain("idle for longer than 20 seconds");
  });

  it("should end an active session at the absolute timeout, however often it is read", async () => {
    const { demo, clock } = setup();
    const { session } = await demo.write({ secure: true }, { visits: 1 });
    for (let i = 0; i < 3; i++) {
      clock.advance(15_000);
      expect((await demo.read({ id: session!.id, secure: true })).outcome).toBe("found");
    }
    clock.advance(15_000);
    const last = await demo.read({ id: session!.id, secure: true });
    expect(last).toMatchObject({ outcome: "absolute_expired", session: null });
    expect(last.message).toContain("maximum lifetime of 60 seconds");
  });

  it("should say the ID is unknown after expiry when the store keeps no grace, and why it ended when it does", async () => {
    const { site, demo, clock } = setup();
    const a = await site.write({ secure: true }, { a: 1 });
    const b = await demo.write({ secure: true }, { b: 1 });
    clock.advance(30 * 60_000);
    expect((await site.read({ id: a.session!.id, secure: true })).outcome).toBe("unknown_id");
    expect((await demo.read({ id: b.session!.id, secure: true })).outcome).toBe("absolute_expired");
    // Reported once: the expired record is destroyed when seen.
    expect((await demo.read({ id: b.session!.id, secure: true })).outcome).toBe("unknown_id");
  });

  it("should refuse a cookie name that would break the Set-Cookie header", () => {
    expect(() => new SessionManager({ store: new MemoryStore(), cookieName: "a b" })).toThrow(TypeError);
  });
});
