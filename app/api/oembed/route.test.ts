import { describe, expect, it } from "vitest";
import { GET, OPTIONS } from "./route";

const ORIGIN = "http://localhost:3000";
const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`${ORIGIN}/api/oembed?${query}`, { headers: { origin: "https://course.example", ...headers } }));
const cors = (res: Response) => res.headers.get("access-control-allow-origin");

describe("GET /api/oembed", () => {
  it("should answer a demo page's embed that any origin may read", async () => {
    const res = await get(`url=${encodeURIComponent(`${ORIGIN}/demos/cookie-basics`)}&maxwidth=600`);
    expect(res.status).toBe(200);
    expect(cors(res)).toBe("*");
    expect(await res.json()).toMatchObject({ type: "rich", version: "1.0", width: 600, html: expect.stringContaining(`${ORIGIN}/embed/cookie-basics`) });
  });

  // A course platform's script reads the error too, so it needs the same CORS header as a success.
  it.each([
    ["a URL that is not one of our demos", `url=${encodeURIComponent("https://elsewhere.example/demos/cookie-basics")}`, 404, "not_embeddable"],
    ["an unknown demo", "url=/demos/no-such-demo", 404, "not_embeddable"],
    ["a format other than json", "url=/demos/cookie-basics&format=xml", 501, "format_not_supported"],
    ["a missing url", "maxwidth=600", 400, "invalid_query"],
    ["a maxwidth that is not a number", "url=/demos/cookie-basics&maxwidth=wide", 400, "invalid_query"],
    ["a maxheight of zero", "url=/demos/cookie-basics&maxheight=0", 400, "invalid_query"],
  ])("should refuse %s with its code and the same CORS header", async (_, query, status, code) => {
    const res = await get(query);
    expect(res.status).toBe(status);
    expect(cors(res)).toBe("*");
    const { error } = await res.json();
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("should build the iframe at the host the visitor used, and accept that host's absolute URL, behind a proxy", async () => {
    // Next.js's own request URL names the address it listens on (localhost:3000), not the site.
    const relative = await (await get(`url=${encodeURIComponent("/demos/attributes")}`, { host: "lab.example" })).json();
    expect(relative.html).toContain('src="http://lab.example/embed/attributes"');
    expect(relative.exchange.request.url).toMatch(/^http:\/\/lab\.example\/api\/oembed\?/);
    const absolute = await get(`url=${encodeURIComponent("http://lab.example/demos/attributes")}`, { host: "lab.example" });
    expect(absolute.status).toBe(200);
  });

  it("should carry the CORS header on a refusal made before the handler runs (too many cookies)", async () => {
    const cookie = Array.from({ length: 400 }, (_, i) => `c${i}=1`).join("; ");
    const res = await get("url=/demos/cookie-basics", { cookie });
    expect(res.status).toBe(431);
    expect(cors(res)).toBe("*");
    const body = await res.json();
    expect(body.error.code).toBe("too_many_cookies");
    // The refusal echoes the start of the header and says how big it was, not all 400 cookies twice.
    expect(body.exchange.request).toMatchObject({ cookieHeader: `${cookie.slice(0, 256)}…`, truncated: { cookieHeaderBytes: cookie.length, cookies: 400 } });
    expect(body.exchange.request.cookies).toHaveLength(10);
    expect(JSON.stringify(body).length).toBeLessThan(2000);
  });
});

describe("OPTIONS /api/oembed", () => {
  it("should answer a preflight with the same CORS header and the methods it allows", async () => {
    const res = OPTIONS();
    expect(res.status).toBe(204);
    expect(cors(res)).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("*");
  });
});
