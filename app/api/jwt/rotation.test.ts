import type { JSONWebKeySet } from "jose";
import { describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";

// Rotating the secret without logging anyone out: a server started with SESSION_SECRET_PREVIOUS
// still reads what the old secret made, and only dropping the previous secret ends it. Each phase
// is a fresh server process as far as the secret goes: the modules are loaded again, after the
// environment changed, as a restart would.
withTempDataDir("jwt-rotation");

const OLD = "o".repeat(32) + "-secret-before-the-rotation";
const NEW = "n".repeat(32) + "-secret-after-the-rotation";

/** The routes as a server started with this environment loads them. */
async function startServer(env: { SESSION_SECRET: string; SESSION_SECRET_PREVIOUS?: string }) {
  vi.stubEnv("SESSION_SECRET", env.SESSION_SECRET);
  vi.stubEnv("SESSION_SECRET_PREVIOUS", env.SESSION_SECRET_PREVIOUS ?? "");
  vi.resetModules();
  return {
    login: (await import("../login/route")).POST,
    jwt: await import("./route"),
    sealed: await import("../sealed/route"),
    jwks: (await import("../../.well-known/jwks.json/route")).GET,
  };
}

/** A browser logged in on each mechanism and algorithm before the rotation. */
async function loggedIn(server: Awaited<ReturnType<typeof startServer>>, mechanism: "jwt" | "sealed", alg?: "HS256" | "ES256") {
  const browser = new Browser();
  const { status } = await browser.call(server.login, "POST", "/api/login", { username: "ada", password: "lovelace", mechanism, ...(alg ? { alg } : {}) });
  expect(status).toBe(200);
  return browser;
}

describe("rotating SESSION_SECRET", () => {
  it("should keep everyone logged in while the previous secret is kept, and log them out once it is dropped", async () => {
    const before = await startServer({ SESSION_SECRET: OLD });
    const hs = await loggedIn(before, "jwt", "HS256");
    const es = await loggedIn(before, "jwt", "ES256");
    const sealed = await loggedIn(before, "sealed");
    const oldKid = ((await before.jwks().json()) as JSONWebKeySet).keys[0]!.kid;

    const rotated = await startServer({ SESSION_SECRET: NEW, SESSION_SECRET_PREVIOUS: OLD });
    for (const [browser, alg] of [
      [hs, "HS256"],
      [es, "ES256"],
    ] as const) {
      const { body } = await browser.call(rotated.jwt.GET, "GET", "/api/jwt");
      expect(body.exchange.server).toMatchObject({
        valid: true,
        alg,
        keyGeneration: "previous",
        purpose: "login",
        summary: expect.stringContaining("rotated"),
      });
    }
    expect((await sealed.call(rotated.sealed.GET, "GET", "/api/sealed")).body.exchange.server).toMatchObject({
      secret: "previous",
      purpose: "login",
      payload: { user: "ada" },
    });
    // Both public keys are published during the rotation, the new one first.
    const during = ((await rotated.jwks().json()) as JSONWebKeySet).keys.map((k) => k.kid);
    expect(during).toHaveLength(2);
    expect(during[1]).toBe(oldKid);
    // A write signs again with the current secret: that browser no longer needs the previous one.
    const moved = await loggedIn(before, "jwt", "ES256");
    expect((await moved.call(rotated.jwt.POST, "POST", "/api/jwt", { theme: "dark" })).body.exchange.server).toMatchObject({
      valid: true,
      alg: "ES256",
      kid: during[0],
      keyGeneration: "current",
    });

    const after = await startServer({ SESSION_SECRET: NEW });
    for (const browser of [hs, es]) {
      expect((await browser.call(after.jwt.GET, "GET", "/api/jwt")).body.exchange.server).toMatchObject({ valid: false, reason: { code: "unknown_key" } });
    }
    expect((await sealed.call(after.sealed.GET, "GET", "/api/sealed")).body.exchange.server).toMatchObject({ reason: { code: "foreign_secret" } });
    expect((await moved.call(after.jwt.GET, "GET", "/api/jwt")).body.exchange.server).toMatchObject({ valid: true, keyGeneration: "current" });
    expect(((await after.jwks().json()) as JSONWebKeySet).keys.map((k) => k.kid)).toEqual([during[0]]);
  });
});
