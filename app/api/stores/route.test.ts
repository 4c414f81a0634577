import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTestRedis } from "@/lib/testing/store-harness";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { POST as restart } from "./restart/route";
import { DELETE, GET, POST } from "./route";

const temp = makeTempDir("stores-route");
const redis = withTestRedis();
beforeAll(() => {
  vi.stubEnv("DATA_DIR", temp.dir);
  vi.stubEnv("REDIS_URL", "");
  vi.stubEnv("SESSION_STORE", "sqlite");
});
afterAll(() => {
  vi.unstubAllEnvs();
  temp.remove();
});

const server = (res: { body: { exchange: { server: Record<string, unknown> } } }) => res.body.exchange.server;

// Tests run in order: Redis is configured only from the third one on.
describe("/api/stores", () => {
  it("should say Redis is not configured, with how to enable it, and set nothing", async () => {
    const res = await new Browser().call(POST, "POST", "/api/stores?store=redis", { cart: 1 });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: "store_not_configured", message: expect.stringContaining("REDIS_URL=") });
    expect(res.setCookie).toEqual([]);
  });

  it("should lose the memory session and keep the SQLite one across a simulated restart", async () => {
    const browser = new Browser();
    const memory = await browser.call(POST, "POST", "/api/stores?store=memory", { cart: 2 });
    expect(memory.setCookie[0]).toMatch(/^__Host-stores-memory=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    // The visitor cookie names this browser's own memory store; it lives as long as a session can (8 hours).
    expect(memory.setCookie[1]).toMatch(/^__Host-stores-visitor=[\w-]{43}; Max-Age=28800; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    await browser.call(POST, "POST", "/api/stores?store=sqlite", { cart: 2 });
    expect([...browser.jar.keys()].sort()).toEqual(["__Host-stores-memory", "__Host-stores-sqlite", "__Host-stores-visitor"]);

    const res = await browser.call(restart, "POST", "/api/stores/restart");
    expect(server(res)).toMatchObject({ store: "memory", simulated: true, summary: expect.stringContaining("Simulated restart") });
    expect(server(res).lost).toBe(1);
    expect(res.setCookie).toEqual([]);

    expect(server(await browser.call(GET, "GET", "/api/stores?store=memory"))).toMatchObject({ store: "memory", outcome: "unknown_id", session: null });
    expect(server(await browser.call(GET, "GET", "/api/stores?store=sqlite"))).toMatchObject({
      store: "sqlite",
      outcome: "found",
      session: { data: { cart: 2 } },
    });
  });

  it("should keep a Redis session across the simulated restart once REDIS_URL is set", async () => {
    vi.stubEnv("REDIS_URL", redis.server.url);
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/stores?store=redis", { cart: 3 });
    await browser.call(restart, "POST", "/api/stores/restart");
    const read = server(await browser.call(GET, "GET", "/api/stores?store=redis"));
    expect(read).toMatchObject({ store: "redis", outcome: "found", session: { data: { cart: 3 } } });
    expect(server(await browser.call(DELETE, "DELETE", "/api/stores?store=redis"))).toMatchObject({ outcome: "destroyed" });
  });

  it.each([
    ["an unknown store", "/api/stores?store=postgres", 'it is "postgres"'],
    ["a write without a store", "/api/stores", "it is missing"],
  ])("should refuse %s with 400 invalid_store", async (_label, path, words) => {
    const res = await new Browser().call(POST, "POST", path, { cart: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_store", message: expect.stringContaining(words) });
    expect(res.setCookie).toEqual([]);
  });

  it("should list the stores it can show when asked without ?store=, Redis only when configured", async () => {
    vi.stubEnv("REDIS_URL", "");
    vi.stubEnv("SESSION_STORE", "");
    const res = await new Browser().call(GET, "GET", "/api/stores");
    expect(res.status).toBe(200);
    expect(res.body.stores).toEqual({ memory: true, sqlite: true, redis: false });
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:1");
    expect((await new Browser().call(GET, "GET", "/api/stores")).body.stores).toEqual({ memory: true, sqlite: true, redis: true });
  });

  it("should refuse a restart posted by another site's page", async () => {
    const res = await new Browser().call(restart, "POST", "/api/stores/restart", undefined, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });
});

// Each visitor has a memory store of their own: what one visitor does to it leaves the others' alone.
describe("/api/stores: each visitor's own memory store", () => {
  const MEMORY = "/api/stores?store=memory";
  const memoryCookie = "__Host-stores-memory";

  async function visitorWithSession(cart: number) {
    const browser = new Browser();
    await browser.call(POST, "POST", MEMORY, { cart });
    return browser;
  }

  it("should empty only the memory store of the visitor who pressed restart", async () => {
    const a = await visitorWithSession(1);
    const b = await visitorWithSession(2);
    const res = await a.call(restart, "POST", "/api/stores/restart");
    expect(server(res)).toMatchObject({ store: "memory", simulated: true, lost: 1 });
    expect(server(await a.call(GET, "GET", MEMORY))).toMatchObject({ outcome: "unknown_id", session: null });
    expect(server(await b.call(GET, "GET", MEMORY))).toMatchObject({ outcome: "found", session: { data: { cart: 2 } } });
  });

  it("should let a visitor's 1,100 new sessions evict only that visitor's own, never another's", async () => {
    const b = await visitorWithSession(3);
    const a = await visitorWithSession(0);
    for (let i = 1; i <= 1100; i++) {
      a.jar.delete(memoryCookie); // a new session each time, as a script dropping the cookie would make
      expect((await a.call(POST, "POST", MEMORY, { cart: i })).status).toBe(200);
    }
    expect(server(await b.call(GET, "GET", MEMORY))).toMatchObject({ outcome: "found", session: { data: { cart: 3 } } });
    // A's newest session is there; A's restart loses at most the sessions one visitor may keep.
    expect(server(await a.call(GET, "GET", MEMORY))).toMatchObject({ outcome: "found", session: { data: { cart: 1100 } } });
    const lost = server(await a.call(restart, "POST", "/api/stores/restart")).lost as number;
    expect(lost).toBeGreaterThan(0);
    expect(lost).toBeLessThan(1100);
  });
});

describe("/api/stores: the visitor cookie", () => {
  const MEMORY = "/api/stores?store=memory";

  it("should send it only when a memory session starts, and keep the same visitor after", async () => {
    const browser = new Browser();
    expect((await browser.call(GET, "GET", MEMORY)).setCookie).toEqual([]);
    const first = await browser.call(POST, "POST", MEMORY, { cart: 1 });
    const visitor = browser.jar.get("__Host-stores-visitor");
    expect(first.setCookie.filter((l) => l.startsWith("__Host-stores-visitor="))).toHaveLength(1);
    expect((await browser.call(POST, "POST", MEMORY, { cart: 2 })).setCookie.some((l) => l.startsWith("__Host-stores-visitor="))).toBe(false);
    expect((await browser.call(POST, "POST", "/api/stores?store=sqlite", { cart: 2 })).setCookie.some((l) => l.includes("visitor"))).toBe(false);
    await browser.call(restart, "POST", "/api/stores/restart");
    // A new session after the restart refreshes the same visitor's cookie.
    await browser.call(POST, "POST", MEMORY, { cart: 3 });
    expect(browser.jar.get("__Host-stores-visitor")).toBe(visitor);
  });

  it("should say a browser without a memory store lost nothing, and make no store for it", async () => {
    const browser = new Browser();
    const res = await browser.call(restart, "POST", "/api/stores/restart");
    expect(res.status).toBe(200);
    expect(server(res)).toMatchObject({ lost: 0, summary: expect.stringContaining("no memory store yet") });
    expect(res.setCookie).toEqual([]);
  });

  it("should make no memory store for a write it refuses", async () => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", MEMORY, "not json");
    expect(res.status).toBe(400);
    expect(res.setCookie).toEqual([]);
  });
});
