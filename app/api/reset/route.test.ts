import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { DELETE } from "./route";
import { GET as readSession, POST as writeSession } from "../session/route";
import { GET as whoAmI, POST as issueLab } from "../tamper/route";
import { POST as setCookie } from "../cookies/route";

withTempDataDir("reset-route");

describe("/api/reset", () => {
  it("should clear every cookie the browser sent, HttpOnly and prefixed ones too, and say which", async () => {
    const browser = new Browser();
    await browser.call(setCookie, "POST", "/api/cookies", { name: "demo_theme", value: "dark", httpOnly: true });
    await browser.call(setCookie, "POST", "/api/cookies", { name: "__Host-pref", value: "x", secure: true, path: "/" });
    await browser.call(setCookie, "POST", "/api/cookies", { name: "theme", value: "dark" });
    const res = await browser.call(DELETE, "DELETE", "/api/reset");
    expect(res.status).toBe(200);
    // First the session cookie's own deletion (the store's answer sends it whether or not one was sent).
    expect(res.setCookie[0]).toMatch(/^__Host-sid=; /);
    expect(res.setCookie.slice(1)).toEqual([
      "demo_theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/",
      "__Host-pref=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure",
      "theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/",
    ]);
    expect(browser.jar.size).toBe(0);
    expect(res.body.cleared).toEqual(["demo_theme", "__Host-pref", "theme"]);
    expect(res.body.message).toMatch(/^Cleared the 3 cookies this browser sent: demo_theme, __Host-pref, theme\./);
    expect(res.body.message).toContain("Your theme and language went too");
  });

  it("should end this visitor's server session and tamper-lab session in the store", async () => {
    const browser = new Browser();
    await browser.call(writeSession, "POST", "/api/session", { note: "hello" });
    await browser.call(issueLab, "POST", "/api/tamper");
    const sent = new Map(browser.jar);
    await browser.call(DELETE, "DELETE", "/api/reset");
    // Even replaying the old cookies finds nothing: the records are gone, not only the cookies.
    for (const [name, value] of sent) browser.jar.set(name, value);
    const session = await browser.call(readSession, "GET", "/api/session");
    expect(session.body.exchange.server.session).toBeNull();
    const lab = await browser.call(whoAmI, "GET", "/api/tamper");
    expect((lab.body.verdicts as { mechanism: string; verdict: string }[]).find((v) => v.mechanism === "server")?.verdict).not.toBe("accepted");
  });

  it("should ask the browser to drop the cookies it did not send, with Clear-Site-Data", async () => {
    const res = await DELETE(new Request("http://localhost:3000/api/reset", { method: "DELETE" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("clear-site-data")).toBe('"cookies"');
    expect(((await res.json()) as { message: string }).message).toMatch(/^This browser sent no cookie\./);
  });

  it("should refuse a cross-site request and clear nothing", async () => {
    const res = await DELETE(
      new Request("http://localhost:3000/api/reset", { method: "DELETE", headers: { origin: "https://evil.example", cookie: "sid=x" } }),
    );
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(res.headers.get("clear-site-data")).toBeNull();
  });
});
