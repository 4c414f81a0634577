import { expect, test } from "@playwright/test";

// Over real HTTP against the production server, as a curl user would see it.
test.describe("the raw-cookie API on the wire", () => {
  test("should report in the body exactly the Set-Cookie lines that were on the wire", async ({ request }) => {
    const res = await request.post("/api/cookies", { data: { name: "theme", value: "dark", path: "/", maxAge: 60, httpOnly: true, sameSite: "Lax" } });
    expect(res.status()).toBe(200);
    const onWire = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    expect(onWire).toEqual(["theme=dark; Max-Age=60; Path=/; HttpOnly; SameSite=Lax"]);
    expect((await res.json()).exchange.response.setCookie).toEqual(onWire);
  });

  test("should echo the Cookie header exactly as it arrived", async ({ request }) => {
    const res = await request.get("/api/cookies", { headers: { cookie: "b=2; a=1;  c=3" } });
    expect((await res.json()).exchange.request.cookieHeader).toBe("b=2; a=1;  c=3");
  });

  test("should refuse a bad name with 400, a sentence, and no Set-Cookie", async ({ request }) => {
    const res = await request.post("/api/cookies", { data: { name: "a b", value: "x" } });
    expect(res.status()).toBe(400);
    expect(res.headersArray().some((h) => h.name.toLowerCase() === "set-cookie")).toBe(false);
    expect((await res.json()).error).toMatchObject({ code: "invalid_cookie_name", message: expect.stringContaining('"a b"') });
  });

  test("should refuse a state change from another site's page with 403", async ({ request }) => {
    const res = await request.delete("/api/cookies?name=theme", { headers: { origin: "http://127.0.0.1:9999" } });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("cross_site_request");
  });
});

test("should report the site's store as reachable on /api/health, for a load balancer", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", stores: [{ kind: "sqlite", role: "site", ok: true }] });
});

// Every route that sets cookies, over real HTTP: the framework could split or merge Set-Cookie
// headers on the way out, so the lines the exchange reports are compared with the wire's.
const json = { "content-type": "application/json" };
const SETTERS: { method: "POST" | "DELETE"; path: string; data?: unknown }[] = [
  { method: "POST", path: "/api/cookies", data: { name: "theme", value: "dark", path: "/", maxAge: 60 } },
  { method: "DELETE", path: "/api/cookies?name=theme&path=/" },
  { method: "POST", path: "/api/session", data: { note: 1 } },
  { method: "POST", path: "/api/session/cart", data: { add: "tea" } },
  { method: "POST", path: "/api/session/grow", data: { bytes: 1000 } },
  { method: "DELETE", path: "/api/session" },
  { method: "POST", path: "/api/sealed", data: { theme: "dark" } },
  { method: "DELETE", path: "/api/sealed" },
  { method: "POST", path: "/api/jwt", data: { theme: "dark" } },
  { method: "DELETE", path: "/api/jwt" },
  { method: "POST", path: "/api/login?mechanism=server", data: { username: "ada", password: "lovelace" } },
  { method: "POST", path: "/api/logout?mechanism=server" },
  { method: "POST", path: "/api/tamper" },
  { method: "DELETE", path: "/api/tamper" },
  { method: "POST", path: "/api/expiry?rolling=on", data: { visits: 1 } },
  { method: "DELETE", path: "/api/expiry" },
  { method: "POST", path: "/api/stores?store=sqlite", data: { cart: 1 } },
  { method: "POST", path: "/api/preferences", data: { theme: "dark", lang: "fr" } },
];

test("should report exactly the Set-Cookie lines on the wire, on every route that sets cookies", async ({ request }) => {
  for (const { method, path, data } of SETTERS) {
    const res = await request.fetch(path, { method, headers: data === undefined ? {} : json, data: data === undefined ? undefined : JSON.stringify(data) });
    expect(res.status(), `${method} ${path}`).toBe(200);
    const onWire = res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    expect(onWire.length, `${method} ${path} sets a cookie`).toBeGreaterThan(0);
    expect((await res.json()).exchange.response.setCookie, `${method} ${path}`).toEqual(onWire);
  }
});

test("should refuse a comma in a Path, which would split one Set-Cookie header into two on the wire", async ({ request }) => {
  for (const res of [
    await request.post("/api/cookies", { data: { name: "a", value: "1", path: "/x, lab_raw=user=ada&role=admin" } }),
    await request.delete("/api/cookies?name=a&path=/x,%20evil=1"),
  ]) {
    expect(res.status()).toBe(400);
    expect(res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
    expect((await res.json()).error.code).toBe("invalid_path");
  }
});
