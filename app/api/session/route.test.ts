import { describe, expect, it, vi } from "vitest";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { Browser } from "@/lib/testing/api-client";
import { POST as login } from "../login/route";
import { POST as logout } from "../logout/route";
import { DELETE, GET, POST } from "./route";

// A real SQLite file in a temp dir: the embedded default store.
withTempDataDir("session-route");

const FORGED = "A".repeat(43);

describe("/api/session", () => {
  it.each([
    ["plain http at a real host name: the plain sid, no Secure the browser would refuse", {}, /^sid=[\w-]{43}; Max-Age=1800; Path=\/; HttpOnly; SameSite=Lax$/],
    [
      "HTTPS at a trusted proxy: __Host-sid, Secure",
      { "x-forwarded-proto": "https" },
      /^__Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax$/,
    ],
  ])("should name the cookie by the origin the visitor used, behind a proxy: %s", async (_label, forwarded, line) => {
    vi.stubEnv("TRUST_PROXY", "1");
    try {
      const res = await new Browser().call(POST, "POST", "/api/session", { a: 1 }, { host: "lab.example", ...forwarded });
      expect(res.setCookie[0]).toMatch(line);
      expect(res.body.exchange.request.url).toBe(`${"x-forwarded-proto" in forwarded ? "https" : "http"}://lab.example/api/session`);
    } finally {
      vi.stubEnv("TRUST_PROXY", "");
    }
  });

  it("should create nothing when a visitor only reads", async () => {
    const res = await new Browser().call(GET, "GET", "/api/session");
    expect(res.setCookie).toEqual([]);
    expect(res.body.exchange.server).toMatchObject({ mechanism: "server", store: "sqlite", outcome: "none", session: null });
  });

  it("should never adopt a session ID it did not issue, and issue a fresh one only on a write", async () => {
    const browser = new Browser();
    browser.jar.set("__Host-sid", FORGED);
    const read = await browser.call(GET, "GET", "/api/session");
    expect(read.body.exchange.server).toMatchObject({ outcome: "unknown_id", session: null });
    expect(read.setCookie[0]).toMatch(/^__Host-sid=; .*Max-Age=0/);

    browser.jar.set("__Host-sid", FORGED);
    const write = await browser.call(POST, "POST", "/api/session", { theme: "dark" });
    const id = browser.jar.get("__Host-sid");
    expect(id).toBeDefined();
    expect(id).not.toBe(FORGED);
    expect(write.setCookie[0]).toMatch(/^__Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
  });

  it("should merge writes into one session and delete keys sent as null", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/session", { theme: "dark", lang: "en" });
    const res = await browser.call(POST, "POST", "/api/session", { lang: null, cart: [1, 2] });
    expect(res.body.exchange.server).toMatchObject({ outcome: "updated", session: { data: { theme: "dark", cart: [1, 2] } } });
  });

  it("should keep every key when 50 requests write to one session at once", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/session", { start: true });
    await Promise.all(Array.from({ length: 50 }, (_, i) => browser.call(POST, "POST", "/api/session", { [`k${i}`]: i })));
    const { body } = await browser.call(GET, "GET", "/api/session");
    const data = (body.exchange.server.session as { data: Record<string, unknown> }).data;
    expect(Object.keys(data)).toHaveLength(51);
  });

  it("should destroy the session on the server, so a stolen copy of the cookie reads nothing", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/session", { theme: "dark" });
    const thief = new Browser();
    thief.jar.set("__Host-sid", browser.jar.get("__Host-sid")!);
    const res = await browser.call(DELETE, "DELETE", "/api/session");
    expect(res.body.exchange.server).toMatchObject({ outcome: "destroyed" });
    expect(res.setCookie[0]).toMatch(/Max-Age=0/);
    expect((await thief.call(GET, "GET", "/api/session")).body.exchange.server).toMatchObject({ outcome: "unknown_id", session: null });
  });

  it.each([
    ["a __proto__ key", '{"__proto__": {"admin": true}}', 400, "invalid_body", "__proto__"],
    ["a constructor key", '{"constructor": 1}', 400, "invalid_body", "constructor"],
    ["an array", "[1]", 400, "invalid_body", "JSON object"],
    ["an empty object", "{}", 400, "invalid_body", "no keys"],
    ["non-JSON", "theme=dark", 400, "invalid_json", "not valid JSON"],
    ["a body over the 16 KiB request limit", JSON.stringify({ big: "x".repeat(17_000) }), 413, "body_too_large", "16 KiB"],
  ])("should refuse %s with a sentence and store nothing", async (_, body, status, code, words) => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", "/api/session", body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, message: expect.stringContaining(words) });
    expect(res.setCookie).toEqual([]);
    expect(browser.jar.size).toBe(0);
  });
});

describe("/api/login and /api/logout on the server session", () => {
  it("should move the session to a new ID on login, keep the data, and leave the old ID worthless", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/session", { cart: 3 });
    const before = browser.jar.get("__Host-sid")!;
    const res = await browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" });
    const after = browser.jar.get("__Host-sid")!;
    expect(after).not.toBe(before);
    expect(res.body.exchange.server).toMatchObject({
      outcome: "regenerated",
      previousId: before,
      newId: after,
      session: { data: { cart: 3, login: { user: "ada", role: "user" } } },
    });
    const old = new Browser();
    old.jar.set("__Host-sid", before);
    expect((await old.call(GET, "GET", "/api/session")).body.exchange.server).toMatchObject({ session: null });
  });

  it("should refuse a wrong password with 401 and set nothing", async () => {
    const browser = new Browser();
    const res = await browser.call(login, "POST", "/api/login", { username: "ada", password: "babbage" });
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe("invalid_credentials");
    expect(res.setCookie).toEqual([]);
  });

  it("should end the session on logout so that replaying the old cookie reads nothing", async () => {
    const browser = new Browser();
    await browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" });
    const stolen = browser.jar.get("__Host-sid")!;
    await browser.call(logout, "POST", "/api/logout");
    const thief = new Browser();
    thief.jar.set("__Host-sid", stolen);
    expect((await thief.call(GET, "GET", "/api/session")).body.exchange.server).toMatchObject({ outcome: "unknown_id", session: null });
  });

  it("should refuse an unknown mechanism", async () => {
    const res = await new Browser().call(login, "POST", "/api/login?mechanism=cookie", { username: "ada", password: "lovelace" });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe("invalid_mechanism");
  });

  it("should refuse a login posted by another site's page", async () => {
    const res = await new Browser().call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.setCookie).toEqual([]);
  });
});
