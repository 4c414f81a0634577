import { describe, expect, it } from "vitest";
import type { JwtState, SealedState, ServerView } from "@/lib/exchange/server-state";
import { replayVerdict, stolenFrom } from "./replay";

const T = "2030-01-01T00:00:00.000Z";
const limits = { idleTimeoutSeconds: 1800, absoluteTimeoutSeconds: 28800, rolling: true, renewAfterSeconds: 60, maxDataBytes: 1_048_576 };
/** The state each read route answers with, as the server sends it. */
const serverView = (data: Record<string, unknown> | null): ServerView => ({
  mechanism: "server",
  summary: "s",
  instance: "i",
  store: "sqlite",
  storeNote: "n",
  outcome: data ? "found" : "unknown_id",
  session: data && { id: "id", data, createdAt: T, lastSeenAt: T, idleExpiresAt: T, absoluteExpiresAt: T },
  limits,
});
const sealedView = (details: Partial<SealedState>): ServerView => ({
  mechanism: "sealed",
  summary: "s",
  instance: "i",
  holds: "nothing",
  payload: null,
  ...details,
});
const jwtView = (details: Partial<JwtState>): ServerView => ({ mechanism: "jwt", summary: "s", instance: "i", holds: "nothing", ...details });

describe("the login demo's stolen cookie", () => {
  it("should copy the name and value of the first cookie a login set", () => {
    expect(stolenFrom(["__Host-sid=abc_-1; Max-Age=1800; Path=/; Secure; HttpOnly; SameSite=Lax"])).toEqual({ name: "__Host-sid", value: "abc_-1" });
  });

  it("should find nothing to steal in a deletion or in no line at all", () => {
    expect(stolenFrom(["__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure"])).toBeNull();
    expect(stolenFrom([])).toBeNull();
  });
});

describe("the verdict on a replayed cookie", () => {
  it("should say a server session copy is refused once the session is gone", () => {
    expect(replayVerdict("server", serverView(null))).toMatchObject({ accepted: false, headline: "Refused: unknown session" });
  });

  it("should say a sealed copy is still accepted, and until when", () => {
    const v = replayVerdict("sealed", sealedView({ payload: { user: "ada" }, purpose: "login", expiresAt: T }));
    expect(v).toMatchObject({ accepted: true, headline: "Still accepted: logged in as ada" });
    expect(v.reason).toContain("2030-01-01T00:00:00.000Z");
  });

  it("should say a JWT copy is still accepted until its exp", () => {
    const v = replayVerdict("jwt", jwtView({ valid: true, purpose: "login", payload: { user: "ada", aud: "login", exp: 1_893_456_000 } }));
    expect(v).toMatchObject({ accepted: true, headline: "Still accepted: logged in as ada" });
    expect(v.reason).toContain("2030-01-01T00:00:00.000Z");
  });

  it("should pass on the reader's reason when a token is refused", () => {
    expect(replayVerdict("jwt", jwtView({ valid: false, reason: { code: "expired", message: "The token expired." } }))).toMatchObject({
      accepted: false,
      reason: "The token expired.",
    });
  });
});

describe("the verdict on replayed data that is not a login", () => {
  it("should name the data the server still reads, without the token's timestamps", () => {
    expect(
      replayVerdict("jwt", jwtView({ valid: true, payload: { theme: "dark", cart: 2, iat: 1, exp: 1_893_456_000, aud: "data", iss: "http://localhost:3000" } }))
        .headline,
    ).toBe('Still accepted: the server still reads {"theme":"dark","cart":2}');
  });
});

describe("the verdict on replayed data that names a user (issue 22, point 6)", () => {
  it.each([
    ["a JWT the data API signed", "jwt", jwtView({ valid: true, purpose: "data", payload: { user: "ada", role: "admin", aud: "data", exp: 1_893_456_000 } })],
    ["a seal the data API made", "sealed", sealedView({ purpose: "data", payload: { user: "ada", role: "admin" }, expiresAt: T })],
    ["a server session the data API wrote", "server", serverView({ user: "ada", role: "admin" })],
  ] as const)("should not call %s a login, though it holds user ada", (_label, mechanism, view) => {
    const v = replayVerdict(mechanism, view);
    expect(v.headline).not.toContain("logged in");
    expect(v.headline).toContain('the server still reads {"user":"ada","role":"admin"}');
  });

  it("should read a server session's login under the key only the login writes", () => {
    expect(replayVerdict("server", serverView({ cart: 2, login: { user: "ada", role: "user" } })).headline).toBe("Accepted: logged in as ada");
  });
});
