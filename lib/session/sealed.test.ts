import { describe, expect, it } from "vitest";
import { readSeal, seal } from "./sealed";

const secret = "s".repeat(32) + "-sealed-test-secret";
const otherSecret = "o".repeat(32) + "-another-secret";

/** Flips one character in the middle of the given part (0-based, counted between '*'). */
function flipInPart(sealed: string, part: number): string {
  const parts = sealed.split("*");
  const target = parts[part]!;
  const i = Math.floor(target.length / 2);
  parts[part] = target.slice(0, i) + (target[i] === "A" ? "B" : "A") + target.slice(i + 1);
  return parts.join("*");
}

describe("sealed cookies", () => {
  it("should give back the data it sealed, with the seal's size and expiry", async () => {
    const data = { user: "ada", roles: ["admin"], note: "🍪" };
    const sealed = await seal(data, { secret, ttlSeconds: 60 });
    const read = await readSeal(sealed, { secret });
    expect(read).toMatchObject({ ok: true, data, sealBytes: Buffer.byteLength(sealed) });
    // Encrypted, not encoded: no part of the seal, read as text or decoded from base64url, holds the
    // claim. (A bare "ada" is no test: 3 random base64url characters match it about once in 1,300 seals.)
    const claim = '"user":"ada"';
    expect(sealed).not.toContain(claim);
    for (const part of sealed.split("*")) expect(Buffer.from(part, "base64url").toString("latin1")).not.toContain(claim);
  });

  it.each([
    ["a flipped byte in the ciphertext", (s: string) => flipInPart(s, 4), "tampered"],
    ["a flipped byte in the authentication tag", (s: string) => flipInPart(s, 7), "tampered"],
    ["a seal cut in half", (s: string) => s.slice(0, Math.floor(s.length / 2)), "malformed"],
    ["a seal missing its last character", (s: string) => s.slice(0, -1), "malformed"],
    ["random text", () => "not-a-seal", "malformed"],
    ["an empty cookie", () => "", "empty"],
  ])("should read %s as no session with a reason, without throwing", async (_label, mangle, code) => {
    const sealed = mangle(await seal({ user: "ada" }, { secret }));
    const read = await readSeal(sealed, { secret });
    expect(read).toMatchObject({ ok: false, reason: { code, message: expect.stringMatching(/\.$/) } });
  });

  it("should refuse a seal made with another secret and say so", async () => {
    const read = await readSeal(await seal({ user: "ada" }, { secret: otherSecret }), { secret });
    expect(read).toMatchObject({ ok: false, reason: { code: "foreign_secret" } });
  });

  it("should call an altered seal tampered even once its expiry has passed, and an untouched one expired", async () => {
    const sealed = await seal({ user: "ada", role: "user" }, { secret, ttlSeconds: 60 });
    const fields = sealed.split("*");
    fields[4] = fields[4]!.replace(/^./, (c) => (c === "A" ? "B" : "A")); // one character of the ciphertext
    const altered = fields.join("*");
    const later = { secret, now: Date.now() + 61_000 };
    expect(await readSeal(altered, later)).toMatchObject({ ok: false, reason: { code: "tampered" } });
    expect(await readSeal(sealed, later)).toMatchObject({ ok: false, reason: { code: "expired" } });
  });

  it("should refuse an expired seal, and accept it just before", async () => {
    const sealed = await seal({ user: "ada" }, { secret, ttlSeconds: 60 });
    expect((await readSeal(sealed, { secret, now: Date.now() + 55_000 })).ok).toBe(true);
    const read = await readSeal(sealed, { secret, now: Date.now() + 61_000 });
    expect(read).toMatchObject({ ok: false, reason: { code: "expired" } });
  });

  it('should seal the purpose inside, "data" unless told it is a login\'s, and refuse a data seal where a login is required', async () => {
    const data = await seal({ user: "ada", role: "admin" }, { secret });
    expect(await readSeal(data, { secret })).toMatchObject({ ok: true, purpose: "data", data: { user: "ada", role: "admin" } });
    expect(await readSeal(data, { secret, purpose: "login" })).toMatchObject({
      ok: false,
      reason: { code: "wrong_purpose", purpose: "data", message: expect.stringContaining('for "data", not for "login"') },
    });
    const login = await seal({ user: "ada", role: "user" }, { secret, purpose: "login" });
    expect(await readSeal(login, { secret, purpose: "login" })).toMatchObject({ ok: true, purpose: "login", data: { user: "ada", role: "user" } });
  });

  describe("rotating the secret", () => {
    it("should still open a seal made with the previous secret, and reseal with the current one", async () => {
      const before = await seal({ user: "ada" }, { secret: otherSecret, purpose: "login" });
      const rotated = { secret, previous: [otherSecret] };
      expect(await readSeal(before, rotated)).toMatchObject({ ok: true, secret: "previous", purpose: "login", data: { user: "ada" } });
      expect(await readSeal(await seal({ user: "ada" }, { secret }), rotated)).toMatchObject({ ok: true, secret: "current" });
    });

    it("should refuse that seal once the previous secret is dropped", async () => {
      const before = await seal({ user: "ada" }, { secret: otherSecret });
      expect(await readSeal(before, { secret, previous: [] })).toMatchObject({
        ok: false,
        reason: { code: "foreign_secret", message: expect.stringContaining("retired after a rotation") },
      });
    });

    it("should still call an expired seal of the previous secret expired, and an altered one tampered", async () => {
      const before = await seal({ user: "ada" }, { secret: otherSecret, ttlSeconds: 60 });
      const later = { secret, previous: [otherSecret], now: Date.now() + 61_000 };
      expect(await readSeal(before, later)).toMatchObject({ ok: false, reason: { code: "expired" } });
      expect(await readSeal(flipInPart(before, 4), { secret, previous: [otherSecret] })).toMatchObject({ ok: false, reason: { code: "tampered" } });
    });
  });
});
