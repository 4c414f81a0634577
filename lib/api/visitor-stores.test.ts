import { describe, expect, it } from "vitest";
import { VISITOR_STORE_LIMITS, VisitorMemoryStores } from "./visitor-stores";

const record = (id: string, data: Record<string, unknown> = {}) => ({ id, data, createdAt: 0, lastSeenAt: 0, idleExpiresAt: 0, absoluteExpiresAt: 0 });

describe("VisitorMemoryStores", () => {
  it("should keep at most maxVisitors stores, dropping the least recently used visitor's", () => {
    const stores = new VisitorMemoryStores({ maxVisitors: 2, maxPerClient: 2, maxSessions: 5, maxBytes: 10_000 });
    const a = stores.get("a", true);
    stores.get("b", true);
    expect(stores.get("a", false)).toBe(a); // a is now the most recently used
    stores.get("c", true);
    expect(stores.size).toBe(2);
    expect(stores.has("a")).toBe(true);
    expect(stores.has("b")).toBe(false);
  });

  it("should let one client address make at most maxPerClient stores, evicting its own oldest, never another client's", () => {
    const stores = new VisitorMemoryStores({ maxVisitors: 10, maxPerClient: 3, maxSessions: 5, maxBytes: 10_000 });
    stores.get("learner", true, "198.51.100.1");
    for (let i = 0; i < 20; i++) stores.get(`flood-${i}`, true, "127.0.0.2"); // a browser dropping its visitor cookie in a loop
    expect(stores.has("learner")).toBe(true);
    expect(stores.size).toBe(4);
    expect(["flood-17", "flood-18", "flood-19"].every((id) => stores.has(id))).toBe(true);
  });

  it("should make no store for a read, and give it an empty one", async () => {
    const stores = new VisitorMemoryStores();
    expect(await stores.get("reader", false).count()).toBe(0);
    expect(stores.has("reader")).toBe(false);
  });

  it("should cap each visitor's sessions, evicting only that visitor's", async () => {
    const stores = new VisitorMemoryStores({ maxVisitors: 10, maxPerClient: 10, maxSessions: 3, maxBytes: 10_000 });
    await stores.get("b", true).set("b1", record("b1"), 60_000);
    const a = stores.get("a", true);
    for (let i = 0; i < 10; i++) await a.set(`a${i}`, record(`a${i}`), 60_000);
    expect(await a.count()).toBe(3);
    expect(await stores.get("b", false).get("b1")).not.toBeNull();
  });

  it("should empty only the restarted visitor's store, and report what it lost", async () => {
    const stores = new VisitorMemoryStores();
    await stores.get("a", true).set("a1", record("a1"), 60_000);
    await stores.get("a", true).set("a2", record("a2"), 60_000);
    await stores.get("b", true).set("b1", record("b1"), 60_000);
    expect(await stores.restart("a")).toBe(2);
    expect(await stores.get("a", false).count()).toBe(0);
    expect(await stores.get("b", false).get("b1")).not.toBeNull();
    expect(await stores.restart("nobody")).toBe(0);
  });

  it("should bound the whole demo's memory: the numbers the docs give", () => {
    expect(VISITOR_STORE_LIMITS).toEqual({ maxVisitors: 500, maxPerClient: 100, maxSessions: 20, maxBytes: 16 * 1024 });
  });
});
