import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module of the benches, without type declarations
import { runWrk } from "./wrk.mjs";

interface Seen {
  method: string;
  cookie: string | undefined;
  contentType: string | undefined;
  body: string;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A loopback server that records each request and answers `status(n)` to the n-th one. */
async function listen(status: (n: number) => number): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", cookie: req.headers.cookie, contentType: req.headers["content-type"], body });
      res.writeHead(status(seen.length)).end("ok");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`, seen };
}

describe("runWrk (the HTTP bench's second load generator)", () => {
  it("should send the method, headers and body it is given, quotes and brackets included", async () => {
    const { url, seen } = await listen(() => 200);
    const body = '{"a":"x\\"y","b":"[[1]]","c":"a\\\\b"}';
    const r = await runWrk(url, { method: "POST", headers: { "content-type": "application/json", cookie: "sid=a%3Bb; theme=dark" }, body }, 1, 4);
    expect(r.requests).toBeGreaterThan(100);
    expect(seen.length).toBeGreaterThanOrEqual(r.requests);
    expect(seen.every((s) => s.method === "POST" && s.cookie === "sid=a%3Bb; theme=dark" && s.contentType === "application/json" && s.body === body)).toBe(
      true,
    );
  });

  it("should count the responses, and the ones that were not 2xx", async () => {
    const { url, seen } = await listen((n) => (n % 10 === 0 ? 500 : 200));
    const r = await runWrk(url, {}, 1, 4);
    // The server may have answered a few requests more: those still in flight when wrk stopped.
    expect(seen.length - r.requests).toBeGreaterThanOrEqual(0);
    expect(seen.length - r.requests).toBeLessThanOrEqual(4);
    expect(r.errors).toBe(0);
    expect(r.non2xx / r.requests).toBeCloseTo(0.1, 1);
    expect(r.duration).toBeGreaterThan(0.9);
  });
});
