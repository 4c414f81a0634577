import { describe, expect, it } from "vitest";
import { DELETE, GET, POST } from "./route";

const URL_ = "http://localhost:3000/api/cookies";

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(URL_, {
      method: "POST",
      headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function json(res: Response) {
  return (await res.json()) as {
    error?: { code: string; message: string };
    exchange: {
      request: { cookieHeader: string | null; cookies: unknown[] };
      response: { status: number; setCookie: string[] };
      server: { mechanism: string; summary: string };
    };
  };
}

describe("POST /api/cookies", () => {
  it("should send one Set-Cookie line and report the very same line in the exchange", async () => {
    const res = await post({ name: "theme", value: "dark", path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual(["theme=dark; Max-Age=60; Path=/; HttpOnly; SameSite=Lax"]);
    const body = await json(res);
    expect(body.exchange.response.setCookie).toEqual(res.headers.getSetCookie());
    expect(body.exchange.server).toMatchObject({ mechanism: "cookie", holds: "nothing" });
  });

  it("should send SameSite=None without Secure even though browsers refuse it, so the lab can show the refusal", async () => {
    const res = await post({ name: "a", value: "1", sameSite: "None" });
    expect(res.headers.getSetCookie()).toEqual(["a=1; SameSite=None"]);
  });

  it.each([
    ["a bad name", { name: "bad name", value: "x" }, 400, "invalid_cookie_name"],
    ["an empty name", { name: "", value: "x" }, 400, "invalid_cookie_name"],
    ["CR LF in the value", { name: "a", value: "x\r\nSet-Cookie: evil=1" }, 400, "invalid_cookie_value"],
    ["a semicolon in the Path", { name: "a", value: "x", path: "/;Domain=evil.com" }, 400, "invalid_path"],
    ["NUL in the Domain", { name: "a", value: "x", domain: "a\u0000.com" }, 400, "invalid_domain"],
    ["a number as the value", { name: "a", value: 5 }, 400, "invalid_body"],
    ["an unknown SameSite", { name: "a", value: "x", sameSite: "sometimes" }, 400, "invalid_body"],
    ["an unknown field", { name: "a", value: "x", colour: "red" }, 400, "invalid_body"],
    ["a __proto__ key", JSON.parse('{"__proto__": {"polluted": true}, "name": "a", "value": "x"}'), 400, "invalid_body"],
    ["an array", [1, 2], 400, "invalid_body"],
    ["text that is not JSON", "name=a", 400, "invalid_json"],
    ["an empty body", "", 400, "invalid_body"],
    ["a 20 KiB body", { name: "a", value: "x".repeat(20_000) }, 413, "body_too_large"],
  ])("should refuse %s with a sentence and set nothing", async (_, body, status, code) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.headers.getSetCookie()).toEqual([]);
    const { error, exchange } = await json(res);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(/^[A-Z"].+[.)]$/);
    expect(exchange.response.setCookie).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("should name the SameSite values it takes, in any case", async () => {
    const bad = await json(await post({ name: "a", value: "x", sameSite: "sometimes" }));
    expect(bad.error?.message).toContain("SameSite must be Strict, Lax or None.");
    const res = await post({ name: "a", value: "x", sameSite: "STRICT" });
    expect(res.headers.getSetCookie()).toEqual(["a=x; SameSite=Strict"]);
  });

  it("should refuse a request from another site's page with 403 and set nothing", async () => {
    const res = await post({ name: "a", value: "x" }, { origin: "http://evil.example" });
    expect(res.status).toBe(403);
    expect((await json(res)).error?.code).toBe("cross_site_request");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("should refuse a cross-site fetch flagged by Sec-Fetch-Site even without Origin", async () => {
    const res = await post({ name: "a", value: "x" }, { "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
  });

  it("should accept a request from its own origin and one without Origin (curl)", async () => {
    expect((await post({ name: "a", value: "x" }, { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await post({ name: "a", value: "x" })).status).toBe(200);
  });
});

describe("GET /api/cookies", () => {
  it("should echo the Cookie header exactly as received, and parse it in order with duplicates", async () => {
    const res = await GET(new Request(URL_, { headers: { cookie: "a=1; b=2;c; a=3" } }));
    const { exchange } = await json(res);
    expect(exchange.request.cookieHeader).toBe("a=1; b=2;c; a=3");
    expect(exchange.request.cookies).toEqual([
      { name: "a", value: "1" },
      { name: "b", value: "2" },
      { name: "", value: "c" },
      { name: "a", value: "3" },
    ]);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("should report a missing Cookie header as null", async () => {
    expect((await json(await GET(new Request(URL_)))).exchange.request.cookieHeader).toBeNull();
  });
});

describe("DELETE /api/cookies", () => {
  it("should clear the cookie with Max-Age=0 and a past Expires on its Path", async () => {
    const res = await DELETE(new Request(`${URL_}?name=theme&path=/demos`, { method: "DELETE" }));
    expect(res.headers.getSetCookie()).toEqual(["theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/demos"]);
  });

  it("should ask for a name when none is given", async () => {
    const res = await DELETE(new Request(URL_, { method: "DELETE" }));
    expect(res.status).toBe(400);
    expect((await json(res)).error).toEqual({ code: "missing_name", message: "Say which cookie to clear: add ?name=... to the URL." });
  });

  it("should refuse a name that would break the header", async () => {
    const res = await DELETE(new Request(`${URL_}?name=${encodeURIComponent("a\r\nX-Evil: 1")}`, { method: "DELETE" }));
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});

describe("cookie names JavaScript treats specially", () => {
  it.each(["__proto__", "constructor", "prototype", "hasOwnProperty"])(
    "should set and echo a cookie named %s as an ordinary cookie, polluting nothing",
    async (name) => {
      const set = await post({ name, value: "x" });
      expect(set.status).toBe(200);
      expect(set.headers.getSetCookie()).toEqual([`${name}=x`]);
      const echo = await json(await GET(new Request(URL_, { headers: { cookie: `${name}=x; a=1` } })));
      expect(echo.exchange.request.cookies).toEqual([
        { name, value: "x" },
        { name: "a", value: "1" },
      ]);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    },
  );
});

describe("cookies holding bytes beside ASCII", () => {
  /** The header as the route receives it: Node reads each byte of a header as one character (latin1). */
  const wire = (text: string) => Buffer.from(text, "utf8").toString("latin1");

  it("should echo a Cookie header with UTF-8 bytes as the text the browser stored, with the bytes beside it", async () => {
    const res = await GET(new Request(URL_, { headers: { cookie: wire("prénom=Zoë; snack=🍪; a=1") } }));
    const { exchange } = (await res.json()) as { exchange: { request: Record<string, unknown> & { cookies: unknown[] } } };
    expect(exchange.request.cookieHeader).toBe("prénom=Zoë; snack=🍪; a=1");
    expect(exchange.request.cookieHeaderRaw).toEqual({ bytes: 29, utf8: true, escaped: "pr%C3%A9nom=Zo%C3%AB; snack=%F0%9F%8D%AA; a=1" });
    expect(exchange.request.cookies).toEqual([
      { name: "prénom", value: "Zoë", nameRaw: { bytes: 7, utf8: true, escaped: "pr%C3%A9nom" }, valueRaw: { bytes: 4, utf8: true, escaped: "Zo%C3%AB" } },
      { name: "snack", value: "🍪", valueRaw: { bytes: 4, utf8: true, escaped: "%F0%9F%8D%AA" } },
      { name: "a", value: "1" },
    ]);
  });

  it("should show bytes that are not UTF-8 escaped, and the rest of the header as text", async () => {
    const res = await GET(new Request(URL_, { headers: { cookie: "legacy=caf\u00e9; a=1" } }));
    const { exchange } = (await res.json()) as { exchange: { request: { cookieHeader: string; cookieHeaderRaw: unknown; cookies: unknown[] } } };
    expect(exchange.request.cookieHeader).toBe("legacy=caf\ufffd; a=1");
    expect(exchange.request.cookieHeaderRaw).toEqual({ bytes: 16, utf8: false, escaped: "legacy=caf%E9; a=1" });
    expect(exchange.request.cookies[0]).toEqual({ name: "legacy", value: "caf\ufffd", valueRaw: { bytes: 4, utf8: false, escaped: "caf%E9" } });
  });
});
