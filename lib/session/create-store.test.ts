import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { createStore } from "./create-store";
import { STORE_MAX_BYTES } from "./limits";

const tmp = makeTempDir("create-store");
afterAll(() => tmp.remove());

describe("createStore", () => {
  it.each([
    [undefined, "sqlite"],
    ["", "sqlite"],
    ["sqlite", "sqlite"],
    ["memory", "memory"],
    [" Redis ", "redis"],
  ])("should pick the store SESSION_STORE=%j names: %s", async (value, kind) => {
    const store = createStore({ SESSION_STORE: value, DATA_DIR: tmp.dir, REDIS_URL: "redis://127.0.0.1:1" });
    expect(store.kind).toBe(kind);
    await store.close();
  });

  it("should keep the SQLite file under DATA_DIR", async () => {
    const store = createStore({ DATA_DIR: join(tmp.dir, "d") });
    await store.close();
    expect(existsSync(join(tmp.dir, "d", "sessions.sqlite"))).toBe(true);
  });

  it("should refuse an unknown SESSION_STORE with a sentence naming the choices", () => {
    expect(() => createStore({ SESSION_STORE: "mongo" })).toThrow('SESSION_STORE must be one of sqlite, memory, redis; it is "mongo".');
  });

  const budgetOf = (store: object) => (store as { maxBytes?: number }).maxBytes;

  it.each(["sqlite", "memory", "redis"])("should give the %s store the byte budget SESSION_STORE_MAX_BYTES names, or 256 MiB", async (kind) => {
    const env = { SESSION_STORE: kind, DATA_DIR: tmp.dir, REDIS_URL: "redis://127.0.0.1:1" };
    const named = createStore({ ...env, SESSION_STORE_MAX_BYTES: " 1048576 " });
    const unset = createStore(env);
    expect([budgetOf(named), budgetOf(unset)]).toEqual([1_048_576, STORE_MAX_BYTES]);
    expect(STORE_MAX_BYTES).toBe(268_435_456);
    await Promise.all([named.close(), unset.close()]);
  });

  it.each(["0", "-5", "1.5", "256MiB", "1e9", "99999999999999999999"])("should refuse SESSION_STORE_MAX_BYTES=%s with a sentence", (value) => {
    expect(() => createStore({ DATA_DIR: tmp.dir, SESSION_STORE_MAX_BYTES: value })).toThrow(
      `SESSION_STORE_MAX_BYTES must be a whole number of bytes, such as 268435456 for 256 MiB; it is "${value}".`,
    );
  });
});
