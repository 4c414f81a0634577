import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import * as cookies from "./cookies/route";
import * as expiry from "./expiry/route";
import * as jwt from "./jwt/route";
import { POST as login } from "./login/route";
import { POST as logout } from "./logout/route";
import * as preferences from "./preferences/route";
import * as sealed from "./sealed/route";
import * as session from "./session/route";
import { POST as addToCart } from "./session/cart/route";
import { POST as grow } from "./session/grow/route";
import * as stores from "./stores/route";
import * as tamper from "./tamper/route";

// Issue 7: in a cross-site embed (x-lab-embed: 1) every cookie the server builds must be one a
// browser keeps in a third-party iframe: SameSite=None; Secure; Partitioned, with Path=/.
withTempDataDir("cross-site-routes");

const EMBED = { "x-lab-embed": "1" };
type Handler = (request: Request) => Promise<Response>;

const CALLS: [string, Handler, string, string, unknown?][] = [
  ["a server session write", session.POST, "POST", "/api/session", { a: 1 }],
  ["a server session destroy", session.DELETE, "DELETE", "/api/session"],
  ["a session fill", grow, "POST", "/api/session/grow", { bytes: 10 }],
  ["a cart add", addToCart, "POST", "/api/session/cart", { add: "tea" }],
  ["a sealed cookie write", sealed.POST, "POST", "/api/sealed", { a: 1 }],
  ["a sealed cookie clear", sealed.DELETE, "DELETE", "/api/sealed"],
  ["a JWT write", jwt.POST, "POST", "/api/jwt", { a: 1 }],
  ["a JWT clear", jwt.DELETE, "DELETE", "/api/jwt"],
  ["a login", login, "POST", "/api/login?mechanism=server", { username: "ada", password: "lovelace" }],
  ["a logout", logout, "POST", "/api/logout?mechanism=jwt"],
  ["an expiry session write", expiry.POST, "POST", "/api/expiry", { visits: 1 }],
  ["a stores demo write", stores.POST, "POST", "/api/stores?store=memory", { cart: 1 }],
  ["the tamper lab's issue", tamper.POST, "POST", "/api/tamper"],
  ["the tamper lab's reset", tamper.DELETE, "DELETE", "/api/tamper"],
  ["a preferences write", preferences.POST, "POST", "/api/preferences", { theme: "dark" }],
  ["a preferences clear", preferences.DELETE, "DELETE", "/api/preferences"],
];

describe("server-built cookies in a cross-site embed", () => {
  it.each(CALLS)("should make every line of %s SameSite=None, Secure, Partitioned and Path=/", async (_, handler, method, path, body) => {
    const browser = new Browser();
    await browser.call(session.POST, "POST", "/api/session", { seed: 1 }, EMBED); // so destroys have something to clear
    const res = await browser.call(handler, method, path, body, EMBED);
    expect(res.status).toBe(200);
    expect(res.setCookie.length).toBeGreaterThan(0);
    for (const line of res.setCookie) {
      expect(line).toMatch(/; Path=\/(;|$)/);
      expect(line).toMatch(/; Secure(;|$)/);
      expect(line).toMatch(/; SameSite=None(;|$)/);
      expect(line).toMatch(/; Partitioned$/);
      expect(line).not.toMatch(/SameSite=(Lax|Strict)/);
    }
    expect(res.body.exchange.response.setCookie).toEqual(res.setCookie);
  });

  it.each(CALLS)("should leave %s's lines as they were on the lab's own pages", async (_, handler, method, path, body) => {
    const res = await new Browser().call(handler, method, path, body);
    for (const line of res.setCookie) expect(line).not.toMatch(/Partitioned|SameSite=None/);
  });

  it("should set the raw cookies of /api/cookies exactly as asked, embed or not", async () => {
    const res = await new Browser().call(cookies.POST, "POST", "/api/cookies", { name: "a", value: "1", sameSite: "Lax" }, EMBED);
    expect(res.setCookie).toEqual(["a=1; SameSite=Lax"]);
    const cleared = await new Browser().call(cookies.DELETE, "DELETE", "/api/cookies?name=a", undefined, EMBED);
    expect(cleared.setCookie[0]).not.toMatch(/Partitioned/);
  });

  it("should still refuse a cross-site state change that claims to be an embed", async () => {
    const res = await new Browser().call(
      session.POST,
      "POST",
      "/api/session",
      { a: 1 },
      { ...EMBED, origin: "http://127.0.0.1:4000", "sec-fetch-site": "cross-site" },
    );
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe("cross_site_request");
    expect(res.setCookie).toEqual([]);
  });
});
