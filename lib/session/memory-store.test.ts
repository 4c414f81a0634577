import { describe, expect, it } from "vitest";
import { memoryHarness } from "@/lib/testing/store-harness";
import { MemoryStore } from "./memory-store";
import { describeStoreConformance } from "./store-conformance";

describeStoreConformance(memoryHarness());

describe("MemoryStore's byte budget", () => {
  const record = (id: string, filler: string) => ({ id, data: { filler }, createdAt: 0, lastSeenAt: 0, idleExpiresAt: 1e15, absoluteExpiresAt: 1e15 });

  it("should evict the least recently used sessions to keep its JSON within maxBytes", async () => {
    const store = new MemoryStore({ maxBytes: 3_500 });
    for (const id of ["a", "b", "c"]) await store.set(id, record(id, "x".repeat(900)), 60_000);
    await store.get("a"); // a is now the most recently used
    await store.set("d", record("d", "x".repeat(900)), 60_000);
    expect(await store.get("b")).toBeNull();
    expect((await store.get("a"))?.data).toEqual({ filler: "x".repeat(900) });
    expect(await store.count()).toBe(3);
  });

  it("should keep a session that alone exceeds the budget rather than lose the write", async () => {
    const store = new MemoryStore({ maxBytes: 100 });
    await store.set("a", record("a", "x".repeat(10)), 60_000);
    await store.set("big", record("big", "x".repeat(500)), 60_000);
    expect(await store.get("a")).toBeNull();
    expect(await store.get("big")).not.toBeNull();
  });

  it("should count bytes back down when sessions are destroyed or updated smaller", async () => {
    const store = new MemoryStore({ maxBytes: 2_500 });
    await store.set("a", record("a", "x".repeat(1_000)), 60_000);
    await store.update("a", { filler: "small" }, { lastSeenAt: 0, idleExpiresAt: 1e15, ttlMs: 60_000, maxBytes: 1e6 });
    await store.set("b", record("b", "x".repeat(1_000)), 60_000);
    await store.destroy("b");
    await store.set("c", record("c", "x".repeat(1_000)), 60_000);
    await store.set("d", record("d", "x".repeat(1_000)), 60_000);
    expect(await store.count()).toBe(3);
  });
});
