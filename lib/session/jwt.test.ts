import { createPublicKey, type JsonWebKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { calculateJwkThumbprint, createLocalJWKSet, jwtVerify, SignJWT } from "jose";
import { readJwt, signJwt } from "./jwt";
import { hmacKid, jwtKeys } from "./jwt-keys";

const secret = "j".repeat(32) + "-jwt-test-secret";
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("JWT", () => {
  it("should verify its own token and report the decoded header and payload", async () => {
    const token = await signJwt({ sub: "ada", role: "admin" }, { secret, ttlSeconds: 60 });
    const read = await readJwt(token, { secret });
    expect(read).toMatchObject({
      valid: true,
      reason: null,
      header: { alg: "HS256", typ: "JWT", kid: hmacKid(secret) },
      payload: { sub: "ada", role: "admin" },
    });
    expect(read.key).toEqual({ kid: hmacKid(secret), alg: "HS256", generation: "current" });
    expect(read.payload?.exp).toBe(Number(read.payload?.iat) + 60);
  });

  it("should be readable by anyone with plain base64url, no secret needed", async () => {
    const token = await signJwt({ sub: "ada", email: "ada@example.org" }, { secret });
    const payload = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"));
    expect(payload).toMatchObject({ sub: "ada", email: "ada@example.org" });
  });

  it("should refuse a token whose payload was edited, while still showing the edited payload", async () => {
    const [header, , signature] = (await signJwt({ sub: "ada", role: "user" }, { secret })).split(".");
    const forged = `${header}.${b64({ sub: "ada", role: "admin", exp: 4_000_000_000 })}.${signature}`;
    const read = await readJwt(forged, { secret });
    expect(read).toMatchObject({ valid: false, reason: { code: "bad_signature" }, payload: { role: "admin" } });
  });

  it("should refuse a token signed with another secret, whether it names that secret's key or this server's", async () => {
    const token = await signJwt({ sub: "ada" }, { secret: "x".repeat(40) });
    expect((await readJwt(token, { secret })).reason?.code).toBe("unknown_key");
    const [, payload, signature] = token.split(".");
    const ours = (await signJwt({}, { secret })).split(".")[0];
    expect((await readJwt(`${ours}.${payload}.${signature}`, { secret })).reason?.code).toBe("bad_signature");
  });

  it("should refuse an expired token and say when it expired", async () => {
    const token = await signJwt({ sub: "ada" }, { secret, ttlSeconds: 60 });
    const read = await readJwt(token, { secret, now: Date.now() + 120_000 });
    expect(read).toMatchObject({ valid: false, reason: { code: "expired", message: expect.stringContaining("expired at") }, payload: { sub: "ada" } });
  });

  it.each([
    ["alg none with an empty signature", { alg: "none", typ: "JWT" }, ""],
    ["alg none with a signature", { alg: "none" }, "c2ln"],
    ["alg HS512", { alg: "HS512" }, "c2ln"],
    ["alg RS256", { alg: "RS256" }, "c2ln"],
  ])("should refuse %s", async (_label, header, signature) => {
    const token = `${b64(header)}.${b64({ sub: "ada", exp: 4_000_000_000 })}.${signature}`;
    expect(await readJwt(token, { secret })).toMatchObject({ valid: false, reason: { code: "alg_not_allowed" }, header });
  });

  it.each([
    ["an empty string", "", "empty"],
    ["two parts", "eyJhbGciOiJIUzI1NiJ9.e30", "malformed"],
    ["a header that is not JSON", "bm90IGpzb24.e30.c2ln", "malformed"],
    ["characters outside base64url", "eyJhbGciOiJIUzI1NiJ9.e30=.c2ln", "malformed"],
  ])("should call %s malformed rather than throw", async (_label, token, code) => {
    expect((await readJwt(token, { secret })).reason?.code).toBe(code);
  });

  it.each([
    ["an = appended to the signature", (t: string) => `${t}=`],
    ["a padded signature", (t: string) => `${t}==`],
    ["a space after the signature", (t: string) => `${t} `],
  ])("should call a signed token with %s malformed, not valid", async (_label, edit) => {
    const token = await signJwt({ sub: "ada" }, { secret, ttlSeconds: 60 });
    expect((await readJwt(token, { secret })).valid).toBe(true);
    expect((await readJwt(edit(token), { secret })).reason?.code).toBe("malformed");
  });

  it("should refuse a correctly signed token without an expiry", async () => {
    const { SignJWT } = await import("jose");
    const token = await new SignJWT({ sub: "ada" }).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(secret));
    expect(await readJwt(token, { secret })).toMatchObject({ valid: false, reason: { code: "claim_invalid" } });
  });

  describe("purpose (aud): identity from the login, never from a data write", () => {
    it('should sign for aud "data" unless told the token is a login\'s, whatever aud the payload asks for', async () => {
      expect((await readJwt(await signJwt({ sub: "ada", aud: "login" }, { secret }), { secret })).payload?.aud).toBe("data");
      expect(await readJwt(await signJwt({ sub: "ada" }, { secret, purpose: "login" }), { secret })).toMatchObject({
        valid: true,
        purpose: "login",
        payload: { aud: "login" },
      });
    });

    it("should accept a login token where a login is required, and refuse a data token with wrong_purpose", async () => {
      expect(await readJwt(await signJwt({ sub: "ada" }, { secret, purpose: "login" }), { secret, audience: "login" })).toMatchObject({
        valid: true,
        purpose: "login",
      });
      const data = await readJwt(await signJwt({ sub: "ada", role: "admin" }, { secret }), { secret, audience: "login" });
      expect(data).toMatchObject({
        valid: false,
        purpose: null,
        reason: { code: "wrong_purpose", message: expect.stringContaining('aud claim "data"') },
        payload: { role: "admin" },
      });
    });

    it("should refuse a token with no aud where a login is required", async () => {
      const { SignJWT } = await import("jose");
      const token = await new SignJWT({ sub: "ada" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(new TextEncoder().encode(secret));
      expect(await readJwt(token, { secret })).toMatchObject({ valid: true, purpose: null });
      expect(await readJwt(token, { secret, audience: "login" })).toMatchObject({
        valid: false,
        reason: { code: "wrong_purpose", message: expect.stringContaining("no aud claim") },
      });
    });
  });

  describe("ES256: a key pair, so a verifier needs only the public key", () => {
    const keys = jwtKeys({ current: secret, previous: [] });

    it("should sign with the private key and name the public key's RFC 7638 thumbprint as kid", async () => {
      const token = await signJwt({ sub: "ada" }, { keys, alg: "ES256", purpose: "login", issuer: "https://lab.example" });
      const kid = keys.jwks.keys[0]!.kid;
      expect(kid).toBe(await calculateJwkThumbprint(keys.jwks.keys[0]!));
      expect(await readJwt(token, { keys, audience: "login", issuer: "https://lab.example" })).toMatchObject({
        valid: true,
        header: { alg: "ES256", kid },
        key: { kid, alg: "ES256", generation: "current" },
      });
    });

    it("should be verified by an outside service holding only the JWK Set, which has no private part", async () => {
      const jwks = JSON.parse(JSON.stringify(keys.jwks)) as typeof keys.jwks;
      for (const key of jwks.keys) expect(Object.keys(key).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x", "y"]);
      const token = await signJwt({ sub: "ada" }, { keys, alg: "ES256", purpose: "login", issuer: "https://lab.example" });
      const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), {
        algorithms: ["ES256"],
        issuer: "https://lab.example",
        audience: "login",
      });
      expect(payload).toMatchObject({ sub: "ada", iss: "https://lab.example", aud: "login" });
      expect(protectedHeader).toMatchObject({ alg: "ES256", kid: jwks.keys[0]!.kid });
      // The HMAC key is secret: it is in no JWK Set, so no outsider can check (or mint) HS256 tokens.
      await expect(jwtVerify(await signJwt({ sub: "ada" }, { keys }), createLocalJWKSet(jwks))).rejects.toThrow();
    });

    it("should derive the same key pair from the same secret every time, and another from another secret", () => {
      expect(jwtKeys({ current: secret, previous: [] }).jwks).toEqual(keys.jwks);
      expect(jwtKeys({ current: "y".repeat(40), previous: [] }).jwks.keys[0]!.kid).not.toBe(keys.jwks.keys[0]!.kid);
    });

    it("should refuse an HS256 token keyed with the public key under the ES256 key's kid (algorithm confusion)", async () => {
      const jwk = keys.jwks.keys[0]!;
      const now = Math.floor(Date.now() / 1000);
      for (const hmacKey of [JSON.stringify(jwk), createPublicKeyPem(jwk)]) {
        const forged = await new SignJWT({ sub: "ada", role: "admin", aud: "login", exp: now + 60 })
          .setProtectedHeader({ alg: "HS256", kid: jwk.kid })
          .sign(new TextEncoder().encode(hmacKey));
        expect(await readJwt(forged, { keys, audience: "login" })).toMatchObject({
          valid: false,
          reason: { code: "alg_not_allowed", message: expect.stringContaining("ES256 key") },
        });
        const noKid = await new SignJWT({ sub: "ada", aud: "login", exp: now + 60 })
          .setProtectedHeader({ alg: "HS256" })
          .sign(new TextEncoder().encode(hmacKey));
        expect(await readJwt(noKid, { keys })).toMatchObject({ valid: false, reason: { code: "bad_signature" } });
      }
    });

    it("should refuse a header that says ES256 under the HMAC key's kid, and an ES256 token naming no key", async () => {
      const es = (await signJwt({ sub: "ada" }, { keys, alg: "ES256" })).split(".");
      const relabel = (header: Record<string, unknown>) => [b64(header), es[1], es[2]].join(".");
      expect(await readJwt(relabel({ alg: "ES256", kid: hmacKid(secret) }), { keys })).toMatchObject({
        valid: false,
        reason: { code: "alg_not_allowed", message: expect.stringContaining("HS256 key") },
      });
      expect(await readJwt(relabel({ alg: "ES256" }), { keys })).toMatchObject({ valid: false, reason: { code: "unknown_key" } });
      expect(await readJwt(relabel({ alg: "none", kid: keys.jwks.keys[0]!.kid }), { keys })).toMatchObject({
        valid: false,
        reason: { code: "alg_not_allowed" },
      });
    });

    it("should refuse a token issued for another origin, and one that names no issuer, when the reader asks for its own", async () => {
      const other = await signJwt({ sub: "ada" }, { keys, alg: "ES256", issuer: "https://evil.example" });
      expect(await readJwt(other, { keys, issuer: "https://lab.example" })).toMatchObject({
        valid: false,
        reason: { code: "claim_invalid", message: expect.stringContaining('"https://evil.example"') },
      });
      expect(await readJwt(await signJwt({ sub: "ada", iss: "https://lab.example" }, { keys }), { keys, issuer: "https://lab.example" })).toMatchObject({
        valid: false,
        reason: { code: "claim_invalid" },
      });
    });
  });

  describe("rotating the secret", () => {
    const old = "o".repeat(32) + "-the-previous-secret";
    const rotated = jwtKeys({ current: secret, previous: [old] });
    const dropped = jwtKeys({ current: secret, previous: [] });

    it.each(["HS256", "ES256"] as const)(
      "should still accept a %s token the previous secret signed, and refuse it once that secret is dropped",
      async (alg) => {
        const before = await signJwt({ sub: "ada" }, { secret: old, alg, purpose: "login" });
        expect(await readJwt(before, { keys: rotated, audience: "login" })).toMatchObject({ valid: true, key: { alg, generation: "previous" } });
        expect(await readJwt(before, { keys: dropped, audience: "login" })).toMatchObject({ valid: false, reason: { code: "unknown_key" } });
      },
    );

    it("should sign new tokens with the current secret only, and publish both public keys until the previous one is dropped", async () => {
      const after = await signJwt({ sub: "ada" }, { keys: rotated });
      expect(JSON.parse(Buffer.from(after.split(".")[0]!, "base64url").toString())).toMatchObject({ kid: hmacKid(secret) });
      expect(rotated.jwks.keys.map((k) => k.kid)).toEqual([...dropped.jwks.keys, ...jwtKeys({ current: old, previous: [] }).jwks.keys].map((k) => k.kid));
    });

    it("should try every secret on a token from before tokens named their key", async () => {
      const legacy = await new SignJWT({ sub: "ada" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(new TextEncoder().encode(old));
      expect(await readJwt(legacy, { keys: rotated })).toMatchObject({ valid: true, key: { generation: "previous" } });
      expect(await readJwt(legacy, { keys: dropped })).toMatchObject({ valid: false, reason: { code: "bad_signature" } });
    });
  });
});

function createPublicKeyPem(jwk: object): string {
  return createPublicKey({ key: jwk as JsonWebKey, format: "jwk" })
    .export({ type: "spki", format: "pem" })
    .toString();
}
