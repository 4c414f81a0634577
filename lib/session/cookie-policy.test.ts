import { describe, expect, it } from "vitest";
import { clearedSessionCookie, isSecureOrigin, sessionCookie, sessionCookieName } from "./cookie-policy";
import { isWellFormedSessionId, newSessionId } from "./session-id";

describe("session cookie policy", () => {
  it.each([
    ["https://lab.example", true],
    ["http://localhost:3000", true],
    ["http://app.localhost/", true],
    ["http://127.0.0.1:3000", true],
    ["http://127.1.2.3", true],
    ["http://[::1]:3000", true],
    ["http://lab.example", false],
    ["http://192.168.1.10:3000", false],
    ["http://localhost.evil.example", false],
    ["ftp://localhost", false],
  ])("should treat %s as a secure origin: %s", (url, secure) => {
    expect(isSecureOrigin(url)).toBe(secure);
  });

  it("should name the cookie __Host-sid with Secure on a secure origin", () => {
    expect(sessionCookie(true, "abc", 1800)).toEqual({
      name: "__Host-sid",
      value: "abc",
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
      maxAge: 1800,
    });
  });

  it("should fall back to sid without Secure elsewhere, still HttpOnly, Lax and host-only", () => {
    const cookie = sessionCookie(false, "abc", 1800);
    expect(cookie).toEqual({ name: "sid", value: "abc", httpOnly: true, secure: false, sameSite: "lax", path: "/", maxAge: 1800 });
    expect(cookie).not.toHaveProperty("domain");
  });

  it("should clear with an empty value and Max-Age 0", () => {
    expect(clearedSessionCookie(true)).toMatchObject({ name: "__Host-sid", value: "", maxAge: 0 });
  });

  it("should give a demo's own session cookie its own name, prefixed the same way", () => {
    expect(sessionCookieName(true, "expiry-sid")).toBe("__Host-expiry-sid");
    expect(sessionCookieName(false, "expiry-sid")).toBe("expiry-sid");
    expect(clearedSessionCookie(true, "stores-memory")).toMatchObject({ name: "__Host-stores-memory", maxAge: 0 });
  });

  it("should send no Max-Age when asked for a browser-session cookie", () => {
    expect(sessionCookie(true, "abc", null)).toMatchObject({ name: "__Host-sid", maxAge: null });
  });

  it.each([
    ["an empty name", ""],
    ["a name with a space", "my sid"],
    ["a name with a semicolon", "a;b"],
    ["a name over 32 characters", "x".repeat(33)],
  ])("should refuse %s as a base name", (_label, base) => {
    expect(() => sessionCookieName(true, base)).toThrow(TypeError);
  });
});

describe("session IDs", () => {
  it("should be 256 random bits in base64url, all different", () => {
    const ids = Array.from({ length: 1000 }, newSessionId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) {
      expect(Buffer.from(id, "base64url")).toHaveLength(32);
      expect(isWellFormedSessionId(id)).toBe(true);
    }
  });

  it.each([
    ["too short", "A".repeat(42)],
    ["too long", "A".repeat(44)],
    ["padded", "A".repeat(42) + "="],
    ["standard base64 characters", "+".repeat(42) + "A"],
    ["a last character that carries stray bits", "A".repeat(42) + "B"],
  ])("should call an ID %s malformed", (_label, id) => {
    expect(isWellFormedSessionId(id)).toBe(false);
  });
});
