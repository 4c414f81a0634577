import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { POST as login } from "../login/route";
import { POST as logout } from "../logout/route";
import { DELETE, GET, POST } from "./route";

withTempDataDir("sealed-route");

function flipMiddleByte(s: string): string {
  const i = Math.floor(s.length / 2);
  return s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
}

describe("/api/sealed", () => {
  it("should keep the data in an opaque seal that only the server can open", async () => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", "/api/sealed", { role: "user" });
    const seal = browser.jar.get("__Host-sealed")!;
    expect(seal).toMatch(/^Fe26\.2\*/);
    // No part of it, raw or decoded from base64url, holds the claim (a bare "user" could turn up in random ciphertext).
    for (const part of decodeURIComponent(seal).split("*")) expect(Buffer.from(part, "base64url").toString("latin1") + part).not.toContain('"role":"user"');
    expect(res.setCookie[0]).toMatch(/; Max-Age=1209600; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect((await browser.call(GET, "GET", "/api/sealed")).body.exchange.server).toMatchObject({
      mechanism: "sealed",
      holds: "nothing",
      payload: { role: "user" },
    });
  });

  it("should read a seal with one flipped byte as no session, with the reason, not a 500", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/sealed", { role: "user" });
    browser.jar.set("__Host-sealed", flipMiddleByte(browser.jar.get("__Host-sealed")!));
    const res = await browser.call(GET, "GET", "/api/sealed");
    expect(res.status).toBe(200);
    expect(res.body.exchange.server).toMatchObject({ payload: null, reason: { code: expect.stringMatching(/tampered|malformed/) } });
  });

  it.each([
    ["truncated", (s: string) => s.slice(0, 40)],
    ["not a seal at all", () => "role=admin"],
  ])("should read a %s seal as no session with a reason", async (_, mangle) => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/sealed", { role: "user" });
    browser.jar.set("__Host-sealed", mangle(browser.jar.get("__Host-sealed")!));
    const { body } = await browser.call(GET, "GET", "/api/sealed");
    expect(body.exchange.server).toMatchObject({ payload: null, reason: { code: "malformed" } });
  });

  it("should refuse data that would make the cookie larger than a browser keeps", async () => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", "/api/sealed", { big: "x".repeat(4000) });
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe("cookie_too_large");
    expect(res.setCookie).toEqual([]);
  });

  it("should only clear the browser's copy on logout: a stolen seal still opens (the revocation gap)", async () => {
    const browser = new Browser();
    await browser.call(login, "POST", "/api/login?mechanism=sealed", { username: "ada", password: "lovelace" });
    const stolen = browser.jar.get("__Host-sealed")!;
    const out = await browser.call(logout, "POST", "/api/logout?mechanism=sealed");
    expect(out.setCookie[0]).toMatch(/^__Host-sealed=; .*Max-Age=0/);
    const thief = new Browser();
    thief.jar.set("__Host-sealed", stolen);
    expect((await thief.call(GET, "GET", "/api/sealed")).body.exchange.server).toMatchObject({ payload: { user: "ada" } });
  });

  it("should clear the cookie on DELETE", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/sealed", { a: 1 });
    await browser.call(DELETE, "DELETE", "/api/sealed");
    expect(browser.jar.size).toBe(0);
  });
});
