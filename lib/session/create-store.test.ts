import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { createStore } from "./create-store";

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
});
