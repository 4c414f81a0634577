import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { CsrfState } from "@/lib/api/csrf";
import {
  SERVER_STATE_VARIANTS,
  serverStateSchema,
  serverStateVariant,
  sessionOutcomeSchema,
  sessionRecordSchema,
  storeKindSchema,
  type CsrfAccountState,
  type JwtState,
  type PreferencesState,
  type SealedState,
  type ServerState,
} from "@/lib/exchange/server-state";
import type { Preferences } from "@/lib/preferences/preferences";
import type { JwtFailure } from "@/lib/session/jwt";
import type { SessionOutcome } from "@/lib/session/outcomes";
import type { ReadFailure } from "@/lib/session/sealed";
import type { StoreKind } from "@/lib/session/store";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { GET as readCookies } from "./cookies/route";
import { GET as readCsrf } from "./csrf/route";
import { GET as readDevices } from "./devices/route";
import { GET as readExpiry } from "./expiry/route";
import { GET as health } from "./health/route";
import { GET as readJwt } from "./jwt/route";
import { POST as login } from "./login/route";
import { GET as readPreferences } from "./preferences/route";
import { GET as readSealed } from "./sealed/route";
import { GET as readSession } from "./session/route";
import { POST as restart } from "./stores/restart/route";
import { GET as checkLab, POST as issueLab } from "./tamper/route";

// The routes write exchange.server and the inspector reads it: one union (lib/exchange/server-state.ts)
// types both. Every route test parses its answers with it (lib/testing/api-client.ts); this file
// holds each variant to a route that really answers with it.
withTempDataDir("server-state");

type Handler = (request: Request) => Promise<Response>;
const call = (variant: keyof typeof SERVER_STATE_VARIANTS, handler: Handler, method: string, path: string, body?: unknown) => ({
  variant,
  handler,
  method,
  path,
  body,
});
const CALLS = [
  call("note", health, "GET", "/api/health"),
  call("serverSession", readSession, "GET", "/api/session"),
  call("serverLogin", login, "POST", "/api/login", { username: "ada", password: "lovelace" }),
  call("expirySession", readExpiry, "GET", "/api/expiry?idle=20&absolute=60&rolling=on"),
  call("devicesSession", readDevices, "GET", "/api/devices"),
  call("storesRestart", restart, "POST", "/api/stores/restart"),
  call("sealed", readSealed, "GET", "/api/sealed"),
  call("csrfAccount", readCsrf, "GET", "/api/csrf"),
  call("jwt", readJwt, "GET", "/api/jwt"),
  call("rawCookie", readCookies, "GET", "/api/cookies"),
  call("preferences", readPreferences, "GET", "/api/preferences"),
  call("tamperIssued", issueLab, "POST", "/api/tamper"),
  call("tamperVerdicts", checkLab, "GET", "/api/tamper"),
];

/** exchange.server without the instance that answered: the state a route built. */
async function stateOf(handler: Handler, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const { instance, ...state } = (await new Browser().call(handler, method, path, body)).body.exchange.server;
  expect(typeof instance).toBe("string");
  return state;
}

describe("exchange.server: one union for the routes and the inspector", () => {
  it("should list every variant in the union, and each variant's route should answer with it", () => {
    expect(serverStateSchema.options).toEqual(Object.values(SERVER_STATE_VARIANTS));
    expect(CALLS.map((c) => c.variant).sort()).toEqual(Object.keys(SERVER_STATE_VARIANTS).sort());
  });

  it.each(CALLS)("$method $path should answer with the $variant state", async ({ variant, handler, method, path, body }) => {
    expect(serverStateVariant(await stateOf(handler, method, path, body))).toBe(variant);
  });

  it.each([
    ["a member renamed", (s: Record<string, unknown>) => ({ ...s, storeNote: undefined, storeNotes: s.storeNote })],
    ["a member added", (s: Record<string, unknown>) => ({ ...s, extra: 1 })],
    ["a member of the wrong type", (s: Record<string, unknown>) => ({ ...s, limits: { ...(s.limits as object), rolling: "yes" } })],
    ["another mechanism", (s: Record<string, unknown>) => ({ ...s, mechanism: "jwt" })],
  ])("should refuse a server session's state with %s", async (_label, change) => {
    const state = await stateOf(readSession, "GET", "/api/session");
    expect(serverStateVariant(state)).toBe("serverSession");
    expect(serverStateVariant(change(state))).toBeNull();
  });

  it("should recognise a server session record and nothing else", () => {
    const record = {
      id: "abc",
      data: { a: 1 },
      createdAt: "2030-01-01T00:00:00.000Z",
      lastSeenAt: "2030-01-01T00:00:00.000Z",
      idleExpiresAt: "2030-01-01T00:30:00.000Z",
      absoluteExpiresAt: "2030-01-01T08:00:00.000Z",
    };
    expect(sessionRecordSchema.safeParse(record).success).toBe(true);
    expect(sessionRecordSchema.safeParse(null).success).toBe(false);
    expect(sessionRecordSchema.safeParse({ ...record, data: [1] }).success).toBe(false);
    expect(sessionRecordSchema.safeParse({ payload: { a: 1 } }).success).toBe(false);
  });

  it("should spell each enum as the code that writes it does (checked by tsc)", () => {
    expectTypeOf<z.infer<typeof storeKindSchema>>().toEqualTypeOf<StoreKind>();
    expectTypeOf<z.infer<typeof sessionOutcomeSchema>>().toEqualTypeOf<SessionOutcome>();
    expectTypeOf<NonNullable<SealedState["reason"]>["code"]>().toEqualTypeOf<ReadFailure["code"]>();
    expectTypeOf<NonNullable<JwtState["reason"]>["code"]>().toEqualTypeOf<JwtFailure["code"]>();
    expectTypeOf<PreferencesState["rendersWith"]>().toEqualTypeOf<Preferences>();
    expectTypeOf<NonNullable<CsrfAccountState["account"]>>().toEqualTypeOf<Omit<CsrfState, "token">>();
    expectTypeOf<Extract<ServerState, { mechanism: "jwt" }>["mechanism"]>().toEqualTypeOf<"jwt">();
  });
});
