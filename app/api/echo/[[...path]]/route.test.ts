import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { GET } from "./route";

describe("GET /api/echo/<path>", () => {
  it.each(["/api/echo", "/api/echo/inside", "/api/echo/outside/deeper"])("should echo the Cookie header that reached %s and set nothing", async (path) => {
    const browser = new Browser();
    browser.jar.set("scoped", "1");
    const res = await browser.call(GET, "GET", path);
    expect(res.status).toBe(200);
    expect(res.setCookie).toEqual([]);
    expect(res.body).toMatchObject({ path, exchange: { request: { cookieHeader: "scoped=1" }, server: { mechanism: "none" } } });
  });

  it("should say plainly when no Cookie header arrived", async () => {
    const res = await new Browser().call(GET, "GET", "/api/echo/outside");
    expect(res.body.message).toBe("The browser sent no Cookie header to /api/echo/outside.");
    expect(res.body.exchange.request.cookieHeader).toBeNull();
  });
});
