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
    await browser.call(POST, "POST", "/api/stores?store=sqlite", { cart: 2 });
    expect([...browser.jar.keys()].sort()).toEqual(["__Host-stores-memory", "__Host-stores-sqlite"]);

    const res = await browser.call(restart, "POST", "/api/stores/restart");
    expect(server(res)).toMatchObject({ store: "memory", simulated: true, summary: expect.stringContaining("Simulated restart") });
    expect(server(res).lost).toBeGreaterThanOrEqual(1);
    expect(res.setCookie).toEqual([]);

    expect(server(await browser.call(GET, "GET", "/api/stores?store=memory"))).toMatchObject({ store: "memory", outcome: "unknown_id", session: null });
    expect(server(await browser.call(GET, "GET", "/api/stores?store=sqlite"))).toMatchObject({ store: "sqlite", outcome: "found", session: { data: { cart: 2 } } });
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
