import { expect, test } from "@playwright/test";

// Over real HTTP against the production server, as a curl user would see it.
test.describe("the raw-cookie API on the wire", () => {
  test("should report in the body exactly the Set-Cookie lines that were on the wire", async ({ request }) => {
    const res = await request.post("/api/cookies", { data: { name: "theme", value: "dark", path: "/", maxAge: 60, httpOnly: true, sameSite: "Lax" } });
    expect(res.status()).toBe(200);
    const onWire = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
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
