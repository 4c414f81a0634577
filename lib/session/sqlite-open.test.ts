import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { keptSqliteObjects } from "./sqlite-open";
import { SqliteStore } from "./sqlite-store";

const ROOT = resolve(__dirname, "../..");

// In a process of its own, because the failure is an abort of the whole process: stores opened,
// used and dropped, then enough garbage for V8 to collect what they left. Without openSqlite(),
// this dies with SIGABRT on Node 24.21 (sqlite-open.ts says why).
const CHILD = `
import { createJiti } from "jiti";
const jiti = createJiti(${JSON.stringify(ROOT + "/")}, { alias: { "@": ${JSON.stringify(ROOT)} } });
const { SqliteStore } = await jiti.import(${JSON.stringify(join(ROOT, "lib/session/sqlite-store.ts"))});
const dir = process.argv[1];
const record = (id) => ({ id, data: { n: 1 }, createdAt: 0, lastSeenAt: 0, idleExpiresAt: 1e15, absoluteExpiresAt: 1e15 });
for (let i = 0; i < 50; i++) {
  const store = new SqliteStore({ path: dir + "/s" + (i % 3) + ".sqlite" });
  await store.set("a", record("a"), 60000);
  await store.update("a", { m: i }, { lastSeenAt: 1, idleExpiresAt: 2, ttlMs: 60000, maxBytes: 1e6 });
  await store.get("a");
  await store.sweep(Date.now());
  await store.close();
}
let junk = [];
for (let round = 0; round < 150; round++) {
  for (let i = 0; i < 200000; i++) junk.push({ i });
  junk = [];
  await new Promise((r) => setTimeout(r, 10));
}
console.log("still running");
`;

describe("SQLite objects and the garbage collector", () => {
  const tmp = makeTempDir("sqlite-gc");
  afterAll(() => tmp.remove());

  it("should keep the process alive when the stores it opened and closed are garbage", () => {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, tmp.dir], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(child.stderr).not.toContain("Assertion failed");
    expect({ status: child.status, signal: child.signal, stdout: child.stdout.trim() }, child.stderr.slice(-2000)).toEqual({
      status: 0,
      signal: null,
      stdout: "still running",
    });
  });

  it("should prepare no statement per operation, so keeping them all costs nothing per request", async () => {
    const store = new SqliteStore({ path: join(tmp.dir, "per-request.sqlite") });
    const record = { id: "a", data: {}, createdAt: 0, lastSeenAt: 0, idleExpiresAt: 1e15, absoluteExpiresAt: 1e15 };
    await store.set("a", record, 60_000);
    const before = keptSqliteObjects();
    for (let i = 0; i < 100; i++) {
      await store.get("a");
      await store.update("a", { i }, { lastSeenAt: i, idleExpiresAt: i + 1, ttlMs: 60_000, maxBytes: 1e6 });
      await store.touch("a", { lastSeenAt: i, idleExpiresAt: i + 1 }, 60_000);
      await store.set(`b${i}`, { ...record, id: `b${i}` }, 60_000);
      await store.destroy(`b${i}`);
      await store.count();
      await store.sweep(Date.now());
    }
    expect(keptSqliteObjects()).toBe(before);
    await store.close();
  });
});
