import { describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { POST as login } from "../login/route";
import { POST as writeSealed } from "../sealed/route";
import { GET as read, POST as write } from "./route";

withTempDataDir("secure-fallback");

/** A browser on http://localhost whose page found that it drops Secure cookies there (Safari): the flag cookie. */
function safariOnLocalhost(origin = "http://localhost:3000"): Browser {
  const browser = new Browser(origin);
  browser.jar.set("lab-plain-cookies", "1");
  return browser;
}

describe("Secure cookies on plain http://localhost, which Safari drops", () => {
  it("should name the session cookie sid, without Secure, for a browser that said it drops them, and say why", async () => {
    const browser = safariOnLocalhost();
    const res = await browser.call(write, "POST", "/api/session", { theme: "dark" });
    expect(res.setCookie).toEqual([expect.stringMatching(/^sid=[\w-]{43}; Max-Age=1800; Path=\/; HttpOnly; SameSite=Lax$/)]);
    expect(res.body.exchange.server.summary).toContain("Your browser drops Secure cookies from plain http://localhost (Safari does");
    const again = await browser.call(read, "GET", "/api/session");
    expect(again.body.exchange.server).toMatchObject({ outcome: "found", session: { data: { theme: "dark" } } });
    const loggedIn = await browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" });
    expect(loggedIn.setCookie[0]).toMatch(/^sid=[\w-]{43}; /);
    const sealed = await browser.call(writeSealed, "POST", "/api/sealed", { theme: "dark" });
    expect(sealed.setCookie[0]).toMatch(/^sealed=Fe26\.2\*.*; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it("should keep __Host- and Secure for every other browser on http://localhost, with no note", async () => {
    const res = await new Browser("http://localhost:3000").call(write, "POST", "/api/session", { theme: "dark" });
    expect(res.setCookie[0]).toMatch(/^__Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(res.body.exchange.server.summary).not.toContain("Safari");
  });

  it("should ignore the flag anywhere but plain-http loopback: over HTTPS every browser keeps Secure cookies", async () => {
    vi.stubEnv("PUBLIC_ORIGIN", "https://lab.example");
    try {
      const res = await safariOnLocalhost().call(write, "POST", "/api/session", { theme: "dark" });
      expect(res.setCookie[0]).toMatch(/^__Host-sid=[\w-]{43}; .*Secure/);
    } finally {
      vi.stubEnv("PUBLIC_ORIGIN", "");
    }
  });
});
