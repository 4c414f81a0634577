import { createLocalJWKSet, createRemoteJWKSet, customFetch, jwtVerify, SignJWT, type JSONWebKeySet } from "jose";
import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { POST as login } from "../login/route";
import { POST as logout } from "../logout/route";
import { GET as jwks } from "../../.well-known/jwks.json/route";
import { GET, POST } from "./route";

withTempDataDir("jwt-route");

const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));

describe("/api/jwt", () => {
  it("should put the data in a token whose payload anyone can read with base64 alone", async () => {
    const browser = new Browser();
    await browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace", mechanism: "jwt" });
    const [header, payload] = browser.jar.get("__Host-jwt")!.split(".");
    expect(decode(header!)).toEqual({ alg: "HS256", typ: "JWT", kid: expect.stringMatching(/^hs256-/) });
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

  describe("ES256: tokens another service verifies with the public key alone", () => {
    const fetchJwks = async () => jwks().json() as Promise<JSONWebKeySet>;

    it("should publish the public key at /.well-known/jwks.json, without its private part, and the same one each time", async () => {
      const res = jwks();
      expect(res.headers.get("content-type")).toContain("application/jwk-set+json");
      const set = (await res.json()) as JSONWebKeySet;
      expect(set.keys).toEqual([{ kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: "ES256", use: "sig" }]);
      expect(await fetchJwks()).toEqual(set);
    });

    it("should log in with an ES256 token that an outside verifier checks with only the JWK Set", async () => {
      const browser = new Browser();
      const { status, body } = await browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace", mechanism: "jwt", alg: "ES256" });
      expect(status).toBe(200);
      const set = await fetchJwks();
      expect(body.exchange.server).toMatchObject({
        valid: true,
        alg: "ES256",
        kid: set.keys[0]!.kid,
        summary: expect.stringContaining("/.well-known/jwks.json"),
      });
      // The other service: jose, given nothing but the published JWK Set.
      const token = browser.jar.get("__Host-jwt")!;
      const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(set), {
        algorithms: ["ES256"],
        issuer: "http://localhost:3000",
        audience: "login",
      });
      expect(payload).toMatchObject({ sub: "ada", role: "user", iss: "http://localhost:3000", aud: "login" });
      expect(protectedHeader).toMatchObject({ alg: "ES256", kid: set.keys[0]!.kid });
      // The lesson's snippet: createRemoteJWKSet, fetching the JWK Set over HTTP (here from the route in process).
      const remote = createRemoteJWKSet(new URL("http://localhost:3000/.well-known/jwks.json"), { [customFetch]: async () => jwks() });
      await expect(jwtVerify(token, remote, { algorithms: ["ES256"], issuer: "http://localhost:3000", audience: "login" })).resolves.toBeTruthy();
      // And this server reads it back as its own.
      expect((await browser.call(GET, "GET", "/api/jwt")).body.exchange.server).toMatchObject({ valid: true, alg: "ES256", purpose: "login" });
    });

    it("should sign with ES256 on POST /api/jwt?alg=ES256, and keep a valid token's alg on the next write", async () => {
      const browser = new Browser();
      expect((await browser.call(POST, "POST", "/api/jwt?alg=ES256", { theme: "dark" })).body.exchange.server).toMatchObject({
        valid: true,
        alg: "ES256",
        purpose: "data",
      });
      expect((await browser.call(POST, "POST", "/api/jwt", { cart: 2 })).body.exchange.server).toMatchObject({
        valid: true,
        alg: "ES256",
        payload: { theme: "dark", cart: 2 },
      });
      expect((await browser.call(POST, "POST", "/api/jwt?alg=HS256", { cart: 3 })).body.exchange.server).toMatchObject({
        valid: true,
        alg: "HS256",
        kid: expect.stringMatching(/^hs256-/),
      });
    });

    it("should refuse an HS256 token keyed with the published public key under its kid (algorithm confusion)", async () => {
      const set = await fetchJwks();
      const publicJwk = set.keys[0]!;
      const forged = await new SignJWT({ sub: "ada", role: "admin" })
        .setProtectedHeader({ alg: "HS256", kid: publicJwk.kid })
        .setAudience("login")
        .setIssuer("http://localhost:3000")
        .setExpirationTime("1h")
        .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
      const browser = new Browser();
      browser.jar.set("__Host-jwt", forged);
      expect((await browser.call(GET, "GET", "/api/jwt")).body.exchange.server).toMatchObject({
        valid: false,
        alg: "HS256",
        reason: { code: "alg_not_allowed" },
      });
    });

    it("should refuse a token issued for another origin", async () => {
      const browser = new Browser("http://other.example");
      await browser.call(POST, "POST", "/api/jwt?alg=ES256", { theme: "dark" });
      const here = new Browser();
      here.jar.set("__Host-jwt", browser.jar.get("jwt") ?? browser.jar.get("__Host-jwt")!);
      expect((await here.call(GET, "GET", "/api/jwt")).body.exchange.server).toMatchObject({
        valid: false,
        reason: { code: "claim_invalid", message: expect.stringContaining("http://other.example") },
      });
    });

    it.each([
      ["an unknown alg on /api/jwt", POST, "/api/jwt?alg=RS256", { theme: "dark" }, "invalid_alg"],
      ["alg none on the login", login, "/api/login", { username: "ada", password: "lovelace", mechanism: "jwt", alg: "none" }, "invalid_alg"],
      ["alg on a server-session login", login, "/api/login", { username: "ada", password: "lovelace", alg: "ES256" }, "alg_not_applicable"],
    ])("should refuse %s with 400 and set nothing", async (_label, handler, path, body, code) => {
      const browser = new Browser();
      const { status, setCookie, body: answer } = await browser.call(handler, "POST", path, body);
      expect(status).toBe(400);
      expect(answer.error).toMatchObject({ code, message: expect.stringMatching(/\.$/) });
      expect(setCookie).toEqual([]);
    });
  });
});
