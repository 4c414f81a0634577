import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { POST as login } from "../login/route";
import { POST as logout } from "../logout/route";
import { GET, POST } from "./route";

const temp = makeTempDir("jwt-route");
beforeAll(() => vi.stubEnv("DATA_DIR", temp.dir));
afterAll(() => {
  vi.unstubAllEnvs();
  temp.remove();
});

const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));

describe("/api/jwt", () => {
  it("should put the data in a token whose payload anyone can read with base64 alone", async () => {
    const browser = new Browser();
    await browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace", mechanism: "jwt" });
    const [header, payload] = browser.jar.get("__Host-jwt")!.split(".");
    expect(decode(header!)).toEqual({ alg: "HS256", typ: "JWT" });
    expect(decode(payload!)).toMatchObject({ sub: "ada", role: "user", exp: expect.any(Number) });
  });

  it("should refuse a token whose payload was edited, yet still show what it says", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/jwt", { role: "user" });
    const [h, p, s] = browser.jar.get("__Host-jwt")!.split(".");
    const forged = Buffer.from(JSON.stringify({ ...decode(p!), role: "admin" })).toString("base64url");
    browser.jar.set("__Host-jwt", `${h}.${forged}.${s}`);
    const { status, body } = await browser.call(GET, "GET", "/api/jwt");
    expect(status).toBe(200);
    expect(body.exchange.server).toMatchObject({ valid: false, reason: { code: "bad_signature" }, payload: { role: "admin" } });
  });

  it("should not carry a forged payload into a new token on write", async () => {
    const browser = new Browser();
    browser.jar.set("__Host-jwt", `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"role":"admin"}').toString("base64url")}.`);
    const { body } = await browser.call(POST, "POST", "/api/jwt", { theme: "dark" });
    expect(body.exchange.server).toMatchObject({ valid: true, payload: { theme: "dark" } });
    expect((body.exchange.server.payload as Record<string, unknown>).role).toBeUndefined();
  });

  it("should leave a copied token valid after logout: the server cannot revoke it", async () => {
    const browser = new Browser();
    await browser.call(login, "POST", "/api/login?mechanism=jwt", { username: "ada", password: "lovelace" });
    const stolen = browser.jar.get("__Host-jwt")!;
    await browser.call(logout, "POST", "/api/logout?mechanism=jwt");
    expect(browser.jar.size).toBe(0);
    const thief = new Browser();
    thief.jar.set("__Host-jwt", stolen);
    expect((await thief.call(GET, "GET", "/api/jwt")).body.exchange.server).toMatchObject({ valid: true, payload: { sub: "ada" } });
  });
});
