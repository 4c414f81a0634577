import { expect, test, type APIResponse } from "@playwright/test";

// Bad input over real HTTP against the production build: every refusal is a 4xx with a sentence and
// a stable code, nothing is set, nothing crashes, and no header or markup is injected.

const setCookies = (res: APIResponse) => res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");

async function expectRefusal(res: APIResponse, status: number, code: string) {
  expect(res.status()).toBe(status);
  expect(setCookies(res)).toEqual([]);
  const { error } = await res.json();
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/^[A-Z"].{10,}[.)]$/);
}

test.describe("hostile input", () => {
  for (const [field, value] of [
    ["name", "a\r\nSet-Cookie: evil=1"],
    ["name", "a\u0000b"],
    ["name", "a;b"],
    ["value", "x\r\nSet-Cookie: evil=1"],
    ["value", "x\u0000"],
    ["value", "x; Domain=evil.example"],
    ["path", "/\r\nX-Evil: 1"],
    ["path", "/;Domain=evil.example"],
    ["domain", "evil.example\r\nX-Evil: 1"],
    ["domain", "a;b"],
  ] as const) {
    test(`should refuse ${JSON.stringify(value)} as the cookie's ${field} without injecting a header`, async ({ request }) => {
      const body = { name: "a", value: "b", [field]: value };
      const res = await request.post("/api/cookies", { data: body });
      expect(res.status()).toBe(400);
      expect(setCookies(res)).toEqual([]);
      expect(res.headersArray().some((h) => h.name.toLowerCase() === "x-evil")).toBe(false);
    });
  }

  for (const key of ["__proto__", "constructor", "prototype"]) {
    test(`should refuse the session key ${key}`, async ({ request }) => {
      await expectRefusal(
        await request.post("/api/session", { headers: { "content-type": "application/json" }, data: Buffer.from(`{"${key}": {"admin": true}}`) }),
        400,
        "invalid_body",
      );
    });
  }

  test("should refuse a body that is not JSON, and one of the wrong type", async ({ request }) => {
    await expectRefusal(
      await request.post("/api/cookies", { headers: { "content-type": "application/json" }, data: Buffer.from("{name: a") }),
      400,
      "invalid_json",
    );
    await expectRefusal(await request.post("/api/cookies", { data: { name: ["a"], value: 1 } }), 400, "invalid_body");
    await expectRefusal(await request.post("/api/login", { data: { username: { $ne: null }, password: "x" } }), 400, "invalid_body");
  });

  test("should refuse an oversized body before parsing it", async ({ request }) => {
    await expectRefusal(
      await request.post("/api/session", { headers: { "content-type": "application/json" }, data: Buffer.from(`{"a":"${"x".repeat(200_000)}"}`) }),
      413,
      "body_too_large",
    );
  });

  test("should refuse a request carrying thousands of cookies", async ({ request }) => {
    const cookie = Array.from({ length: 1500 }, (_, i) => `c${i}=1`).join("; ");
    await expectRefusal(await request.get("/api/cookies", { headers: { cookie } }), 431, "too_many_cookies");
  });

  test("should answer headers over Node's limit with 431 and keep serving", async ({ request }) => {
    const res = await request.get("/api/cookies", { headers: { cookie: `big=${"x".repeat(40_000)}` } });
    expect(res.status()).toBe(431);
    expect((await request.get("/api/cookies")).status()).toBe(200);
  });

  test("should read forged, truncated and bit-flipped session IDs, seals and tokens as no session, never a 500", async ({ request }) => {
    const forged = [
      ["/api/session", "__Host-sid", "A".repeat(43)],
      ["/api/session", "__Host-sid", "../../etc/passwd"],
      ["/api/sealed", "__Host-sealed", "Fe26.2*1*2*3*4*5*6*7~2"],
      ["/api/sealed", "__Host-sealed", "Fe26.2**"],
      ["/api/jwt", "__Host-jwt", "eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ."],
      ["/api/jwt", "__Host-jwt", "not.a.jwt"],
    ];
    for (const [path, name, value] of forged) {
      const res = await request.get(path!, { headers: { cookie: `${name}=${value}` } });
      expect(res.status(), `${path} with ${value}`).toBe(200);
      const server = (await res.json()).exchange.server;
      // A JWT's payload stays readable (that is the point), but it is not valid; the others read as nothing.
      if (path === "/api/jwt") expect(server.valid, `${path} with ${value}`).toBe(false);
      else expect(path === "/api/session" ? server.session : server.payload, `${path} with ${value}`).toBeNull();
    }
  });

  test("should ignore the x-middleware-subrequest header: the Origin check still applies", async ({ request }) => {
    const res = await request.post("/api/cookies", {
      headers: { origin: "http://evil.example", "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
      data: { name: "a", value: "b" },
    });
    await expectRefusal(res, 403, "cross_site_request");
  });

  test("should answer a method a route does not take with 405, the methods it takes, and a sentence", async ({ request }) => {
    const put = await request.fetch("/api/cookies", { method: "PUT", data: { name: "a", value: "b" } });
    await expectRefusal(put, 405, "method_not_allowed");
    expect(put.headers()["allow"]).toBe("GET, POST, DELETE, HEAD, OPTIONS");
    expect((await put.json()).error.message).toBe("The route /api/cookies does not take PUT requests; it takes GET, POST and DELETE.");
    const get = await request.get("/api/explain");
    await expectRefusal(get, 405, "method_not_allowed");
    expect(get.headers()["allow"]).toBe("POST, OPTIONS");
    // OPTIONS lists the same methods (Next.js's own would count the refusals as methods too).
    const options = await request.fetch("/api/cookies", { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["allow"]).toBe("GET, POST, DELETE, HEAD, OPTIONS");
  });
});

test("should show markup in cookie values as text in the inspector, never run it", async ({ page }) => {
  await page.goto("/demos/cookie-basics");
  const markup = '<img src=x onerror="window.__pwned=1">';
  // Sent by a hostile page of the same site through document.cookie: the inspector must not render it.
  await page.evaluate((v) => (document.cookie = `xss=${encodeURIComponent(v)}; Path=/`), markup);
  await page.evaluate((v) => (document.cookie = `raw=${v.replaceAll(" ", "_").replaceAll(";", "")}; Path=/`), markup);
  await page.getByRole("button", { name: "Read cookies" }).click();
  await expect(page.getByLabel("Cookie request header")).toContainText("<img");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("main img").count()).toBe(0);
});
