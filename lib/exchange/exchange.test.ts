import { describe, expect, it } from "vitest";
import { respond, type Exchange } from "./exchange";

const wire = (text: string) => Buffer.from(text, "utf8").toString("latin1");
const server = { mechanism: "none", summary: "Test." } as const;

async function exchangeOf(res: Response): Promise<Exchange> {
  return ((await res.json()) as { exchange: Exchange }).exchange;
}

describe("respond: header bytes beside ASCII", () => {
  it("should show Set-Cookie lines holding UTF-8 as text, with each line's bytes, while the wire keeps the bytes", async () => {
    const headers = new Headers();
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", `city=${wire("Zürich")}; Path=/`);
    const res = respond(new Request("http://localhost/api/x"), { headers, server });
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "city=ZÃ¼rich; Path=/"]);
    const { response } = await exchangeOf(res);
    expect(response.setCookie).toEqual(["a=1; Path=/", "city=Zürich; Path=/"]);
    expect(response.setCookieRaw).toEqual([null, { bytes: 20, utf8: true, escaped: "city=Z%C3%BCrich; Path=/" }]);
  });

  it("should leave an all-ASCII exchange without any raw member", async () => {
    const headers = new Headers({ "set-cookie": "a=1" });
    const ex = await exchangeOf(respond(new Request("http://localhost/api/x", { headers: { cookie: "b=2" } }), { headers, server }));
    expect(ex.request).not.toHaveProperty("cookieHeaderRaw");
    expect(ex.request.cookies).toEqual([{ name: "b", value: "2" }]);
    expect(ex.response).not.toHaveProperty("setCookieRaw");
  });

  it("should count a 431's Cookie header in bytes and cut its echo at a byte count", async () => {
    const cookie = wire(Array.from({ length: 400 }, (_, i) => `c${i}=é`).join("; "));
    const ex = await exchangeOf(respond(new Request("http://localhost/api/x", { headers: { cookie } }), { status: 431, server }));
    expect(ex.request.truncated).toEqual({ cookieHeaderBytes: cookie.length, cookies: 400 });
    expect(ex.request.cookieHeader).toMatch(/^c0=é; c1=é; .*…$/);
    expect(ex.request.cookieHeaderRaw?.bytes).toBe(256);
    expect(ex.request.cookies[0]).toMatchObject({ name: "c0", value: "é" });
  });
});
