import { describe, expect, it } from "vitest";
import { readJwt, signJwt } from "./jwt";

const secret = "j".repeat(32) + "-jwt-test-secret";
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("JWT", () => {
  it("should verify its own token and report the decoded header and payload", async () => {
    const token = await signJwt({ sub: "ada", role: "admin" }, { secret, ttlSeconds: 60 });
    const read = await readJwt(token, { secret });
    expect(read).toMatchObject({ valid: true, reason: null, header: { alg: "HS256", typ: "JWT" }, payload: { sub: "ada", role: "admin" } });
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

  it("should refuse a token signed with another secret", async () => {
    const token = await signJwt({ sub: "ada" }, { secret: "x".repeat(40) });
    expect((await readJwt(token, { secret })).reason?.code).toBe("bad_signature");
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
    it("should sign for aud \"data\" unless told the token is a login's, whatever aud the payload asks for", async () => {
      expect((await readJwt(await signJwt({ sub: "ada", aud: "login" }, { secret }), { secret })).payload?.aud).toBe("data");
      expect(await readJwt(await signJwt({ sub: "ada" }, { secret, purpose: "login" }), { secret })).toMatchObject({ valid: true, purpose: "login", payload: { aud: "login" } });
    });

    it("should accept a login token where a login is required, and refuse a data token with wrong_purpose", async () => {
      expect(await readJwt(await signJwt({ sub: "ada" }, { secret, purpose: "login" }), { secret, audience: "login" })).toMatchObject({ valid: true, purpose: "login" });
      const data = await readJwt(await signJwt({ sub: "ada", role: "admin" }, { secret }), { secret, audience: "login" });
      expect(data).toMatchObject({ valid: false, purpose: null, reason: { code: "wrong_purpose", message: expect.stringContaining('aud claim "data"') }, payload: { role: "admin" } });
    });

    it("should refuse a token with no aud where a login is required", async () => {
      const { SignJWT } = await import("jose");
      const token = await new SignJWT({ sub: "ada" }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(new TextEncoder().encode(secret));
      expect(await readJwt(token, { secret })).toMatchObject({ valid: true, purpose: null });
      expect(await readJwt(token, { secret, audience: "login" })).toMatchObject({ valid: false, reason: { code: "wrong_purpose", message: expect.stringContaining("no aud claim") } });
    });
  });
});
