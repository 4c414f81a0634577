import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { POST as writeJwt } from "../jwt/route";
import { POST as login } from "../login/route";
import { POST as writeSealed } from "../sealed/route";
import { POST as writeSession } from "../session/route";
import { GET as whoAmI } from "./route";

/*
 * Issue 22, point 6: POST /api/jwt, /api/sealed and /api/session store whatever a visitor sends.
 * Copying what they issued for {"user": "ada", "role": "admin"} into the tamper lab's cookies made
 * all four verdicts "Accepted: you are ada, role admin" without a password: a signing oracle.
 * The lab must accept only what a login issued.
 */

withTempDataDir("tamper-oracle");

interface Verdict {
  mechanism: string;
  verdict: string;
  headline: string;
  identity: { user: string; role: string } | null;
  reason: string;
}

type Handler = (request: Request) => Promise<Response>;

const MECHANISMS = [
  // [lab mechanism, the data route, its cookie, the lab's cookie, the refusal's headline, the route the reason names]
  ["jwt", writeJwt, "__Host-jwt", "lab_jwt", "Refused: not a login token", "POST /api/jwt"],
  ["sealed", writeSealed, "__Host-sealed", "lab_sealed", "Refused: not a login seal", "POST /api/sealed"],
  ["server", writeSession, "__Host-sid", "lab_sid", "Refused: not a login session", "POST /api/session"],
] as const satisfies readonly (readonly [string, Handler, string, string, string, string])[];

/** The lab's verdict on one mechanism when its lab cookie holds `value`. */
async function verdictOn(mechanism: string, labCookie: string, value: string): Promise<Verdict> {
  const victim = new Browser();
  victim.jar.set(labCookie, value);
  const res = await victim.call(whoAmI, "GET", "/api/tamper");
  return (res.body.verdicts as Verdict[]).find((v) => v.mechanism === mechanism)!;
}

describe("the tamper lab against the data APIs (a signing oracle)", () => {
  for (const [mechanism, write, cookie, labCookie, headline, route] of MECHANISMS) {
    it(`should refuse what ${route} issued for user ada, role admin, and say a login did not issue it`, async () => {
      const visitor = new Browser();
      const res = await visitor.call(write, "POST", route.replace("POST ", ""), { user: "ada", role: "admin", sub: "ada" });
      expect(res.status).toBe(200);
      const verdict = await verdictOn(mechanism, labCookie, visitor.jar.get(cookie)!);
      expect(verdict).toMatchObject({ verdict: "refused", headline, identity: null });
      expect(verdict.reason).toContain(`(${route})`);
      expect(verdict.reason).toMatch(/not (by )?a login/);
    });

    it(`should accept what the login issued on the ${mechanism} mechanism, as ada with the role user`, async () => {
      const ada = new Browser();
      const res = await ada.call(login, "POST", `/api/login?mechanism=${mechanism}`, { username: "ada", password: "lovelace" });
      expect(res.status).toBe(200);
      const verdict = await verdictOn(mechanism, labCookie, ada.jar.get(cookie)!);
      expect(verdict).toMatchObject({ verdict: "accepted", headline: "Accepted: you are ada, role user", identity: { user: "ada", role: "user" } });
    });
  }

  it("should not let a data write after login raise the role of a token: the new token is data, and refused", async () => {
    const ada = new Browser();
    await ada.call(login, "POST", "/api/login?mechanism=jwt", { username: "ada", password: "lovelace" });
    const res = await ada.call(writeJwt, "POST", "/api/jwt", { role: "admin" });
    expect(res.body.exchange.server).toMatchObject({ valid: true, purpose: "data", payload: { aud: "data", role: "admin" } });
    expect(res.body.exchange.server.summary).toContain("no longer logs you in");
    expect(await verdictOn("jwt", "lab_jwt", ada.jar.get("__Host-jwt")!)).toMatchObject({ verdict: "refused", headline: "Refused: not a login token" });
  });

  it("should not let a data write after login raise the role of a seal either", async () => {
    const ada = new Browser();
    await ada.call(login, "POST", "/api/login?mechanism=sealed", { username: "ada", password: "lovelace" });
    const res = await ada.call(writeSealed, "POST", "/api/sealed", { role: "admin" });
    expect(res.body.exchange.server).toMatchObject({ purpose: "data", payload: { role: "admin" } });
    expect(await verdictOn("sealed", "lab_sealed", ada.jar.get("__Host-sealed")!)).toMatchObject({ verdict: "refused", headline: "Refused: not a login seal" });
  });

  it("should keep a logged-in server session's role as the login wrote it, whatever the data API stores beside it", async () => {
    const ada = new Browser();
    await ada.call(login, "POST", "/api/login?mechanism=server", { username: "ada", password: "lovelace" });
    const res = await ada.call(writeSession, "POST", "/api/session", { user: "mallory", role: "admin" });
    expect(res.body.exchange.server).toMatchObject({ session: { data: { user: "mallory", role: "admin", login: { user: "ada", role: "user" } } } });
    expect(await verdictOn("server", "lab_sid", ada.jar.get("__Host-sid")!)).toMatchObject({ verdict: "accepted", identity: { user: "ada", role: "user" } });
  });

  for (const [mechanism, write, , , , route] of MECHANISMS) {
    it(`should refuse to write the login key through ${route}, with reserved_key, and set nothing`, async () => {
      const visitor = new Browser();
      const res = await visitor.call(write, "POST", route.replace("POST ", ""), { login: { user: "ada", role: "admin" } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: "reserved_key", message: expect.stringContaining("written only by the login") });
      expect(res.setCookie).toEqual([]);
      expect(visitor.jar.size, mechanism).toBe(0);
    });
  }
});
