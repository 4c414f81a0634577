import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { DELETE, GET, POST } from "./route";

describe("/api/preferences", () => {
  it("should set the theme and lang cookies for the browser session only (the consent exemption), readable by page scripts", async () => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", "/api/preferences", { theme: "dark", lang: "fr" });
    expect(res.setCookie).toEqual(["theme=dark; Path=/; SameSite=Lax", "lang=fr; Path=/; SameSite=Lax"]);
    expect(res.setCookie.join()).not.toMatch(/Max-Age|Expires/);
    expect(res.body.exchange.server).toMatchObject({ mechanism: "cookie", holds: "nothing", rendersWith: { theme: "dark", lang: "fr" } });
  });

  it("should read back what the browser sent, ignoring values it does not know", async () => {
    const browser = new Browser();
    browser.jar.set("theme", "purple");
    browser.jar.set("lang", "fr");
    const res = await browser.call(GET, "GET", "/api/preferences");
    expect(res.body.exchange.server).toMatchObject({ rendersWith: { theme: "system", lang: "fr" } });
  });

  it("should clear both cookies", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/preferences", { theme: "light" });
    const res = await browser.call(DELETE, "DELETE", "/api/preferences");
    expect(res.setCookie).toHaveLength(2);
    expect(res.setCookie.every((l) => l.includes("Max-Age=0"))).toBe(true);
    expect(browser.jar.size).toBe(0);
  });

  it.each([
    [{ theme: "purple" }, "theme must be light, dark or system."],
    [{}, "Send theme, lang or both"],
    [{ theme: "dark", font: "big" }, 'Unknown field "font"'],
  ])("should refuse %j with 400 and set nothing", async (body, words) => {
    const res = await new Browser().call(POST, "POST", "/api/preferences", body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_body", message: expect.stringContaining(words) });
    expect(res.setCookie).toEqual([]);
  });
});
