import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_METHODS, type RouteMethod } from "@/lib/http/methods";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";

// Every /api/* route answers every method: its own with its handler, the others with a 405 a
// learner can read (Next.js's own 405 has no body and no Allow header), and OPTIONS with the truth.
withTempDataDir("route-methods");

const API = path.resolve(__dirname);
const routes = readdirSync(API, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => ({ file, url: `/api/${path.dirname(file).replace(/\/?\[\[\.\.\.\w+\]\]/, "")}` }))
  .sort((a, b) => a.url.localeCompare(b.url));

/** The methods a route takes: those it exports with a handler of its own, not the shared refusal. */
function ownMethods(source: string): RouteMethod[] {
  return ROUTE_METHODS.filter((m) => new RegExp(`^export (const|async function|function) ${m}\\b`, "m").test(source));
}

describe("methods of every /api/* route", () => {
  it("should find the routes", () => {
    expect(routes.map((r) => r.url)).toContain("/api/session/cart");
    expect(routes.length).toBeGreaterThanOrEqual(17);
  });

  it.each(routes)("$url: should refuse the methods it does not take with 405, its Allow list and a sentence", async ({ file, url }) => {
    const source = readFileSync(path.join(API, file), "utf8");
    const own = ownMethods(source);
    expect(own.length).toBeGreaterThan(0);
    const mod = (await import(/* @vite-ignore */ path.join(API, file))) as Record<string, unknown>;
    const allow = [...own, ...(own.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
    for (const method of ROUTE_METHODS) {
      expect(typeof mod[method], `${url} exports ${method}`).toBe("function");
      if (own.includes(method)) continue;
      const handler = mod[method] as (request: Request) => Response | Promise<Response>;
      const res = await handler(
        new Request(`http://localhost:3000${url}`, { method, headers: { cookie: "sid=x" }, body: method === "GET" ? undefined : "{}" }),
      );
      expect(res.status, `${method} ${url}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.headers.getSetCookie()).toEqual([]);
      const body = await res.json();
      expect(body.error).toEqual({
        code: "method_not_allowed",
        message: expect.stringMatching(new RegExp(`^The route ${url} does not take ${method} requests; it takes (only )?[A-Z, ]+( and [A-Z]+)?\\.$`)),
      });
      expect(body.exchange.request.cookieHeader).toBe("sid=x");
    }
    const options = await (mod.OPTIONS as () => Response)();
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe(allow);
  });

  it("should name the methods in a sentence", async () => {
    const { PUT } = await import("./cookies/route");
    const res = await PUT(new Request("http://localhost:3000/api/cookies", { method: "PUT" }));
    expect((await res.json()).error.message).toBe("The route /api/cookies does not take PUT requests; it takes GET, POST and DELETE.");
    const { GET } = await import("./explain/route");
    const only = await GET(new Request("http://localhost:3000/api/explain"));
    expect((await only.json()).error.message).toBe("The route /api/explain does not take GET requests; it takes only POST.");
  });
});
