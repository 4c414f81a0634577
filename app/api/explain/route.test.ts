import { describe, expect, it } from "vitest";
import { POST } from "./route";

function post(body: string) {
  return POST(new Request("http://localhost:3000/api/explain", { method: "POST", headers: { "content-type": "application/json" }, body }));
}

describe("POST /api/explain", () => {
  it("should explain each line and give the Cookie header for the next request", async () => {
    const res = await post(JSON.stringify({ setCookie: ["a=1; Path=/", "b=2; SameSite=None"], url: "http://localhost/", now: "2026-01-01T00:00:00Z" }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.cookies.map((c: { stored: boolean }) => c.stored)).toEqual([true, false]);
    expect(body.cookies[1].reason.code).toBe("SameSiteNoneInsecure");
    expect(body.cookieHeader).toBe("a=1");
    expect(body.exchange.server.mechanism).toBe("none");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("should explain for the browser named in context.browser, Chromium by default", async () => {
    const explainFor = async (context: object) => {
      const res = await post(JSON.stringify({ setCookie: ["lonely", "sid=1; Secure"], url: "https://widget.example/", now: "2026-01-01T00:00:00Z", context }));
      expect(res.status).toBe(200);
      return res.json();
    };
    const iframe = { site: "cross-site", frame: "iframe" };
    const chromium = await explainFor(iframe);
    expect(await explainFor({ ...iframe, browser: "chromium" })).toEqual(chromium);
    expect(chromium.cookies[1].reason.code).toBe("SameSiteUnspecifiedTreatedAsLax");
    const firefox = await explainFor({ ...iframe, browser: "firefox" });
    expect(firefox.cookies[0]).toMatchObject({ name: "lonely", value: "", stored: true, partitionedBy: "Total Cookie Protection" });
    expect(firefox.cookies[1]).toMatchObject({ stored: true, partitionedBy: "Total Cookie Protection" });
    expect(firefox.cookies[1].warnings.join(" ")).toContain("Firefox 153 ESR does not treat a missing SameSite as Lax");
    expect(firefox.cookieHeader).toBe("lonely=; sid=1");
    const spec = await explainFor({ ...iframe, browser: "spec" });
    expect(spec.cookies.map((c: { stored: boolean }) => c.stored)).toEqual([false, false]);
  });

  it.each([
    ["an unknown browser", JSON.stringify({ setCookie: "a=1", context: { browser: "safari" } }), 400, "invalid_browser"],
    ["a number as setCookie", JSON.stringify({ setCookie: 5 }), 400, "invalid_set_cookie"],
    ["a missing setCookie", JSON.stringify({}), 400, "invalid_set_cookie"],
    ["a URL that is not http", JSON.stringify({ setCookie: "a=1", url: "javascript:alert(1)" }), 400, "invalid_url"],
    ["an unknown context", JSON.stringify({ setCookie: "a=1", context: { site: "elsewhere" } }), 400, "invalid_context"],
    ["10,000 lines", JSON.stringify({ setCookie: Array.from({ length: 10_000 }, (_, i) => `c${i}=1`) }), 400, "too_many_lines"],
    ["a 1 MB header", JSON.stringify({ setCookie: `a=${"x".repeat(1024 * 1024)}` }), 413, "body_too_large"],
    ["text that is not JSON", "a=1", 400, "invalid_json"],
  ])("should refuse %s with a sentence", async (_, body, status, code) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const { error } = await res.json();
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });
});
