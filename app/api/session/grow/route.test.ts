import { describe, expect, it } from "vitest";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { Browser } from "@/lib/testing/api-client";
import { SESSION_MAX_DATA_BYTES } from "@/lib/session/limits";
import { GET, POST as write } from "../route";
import { POST as grow } from "./route";

withTempDataDir("session-grow-route");

type Data = Record<string, unknown>;
const dataOf = (server: Record<string, unknown>) => (server.session as { data: Data } | null)?.data;

describe("POST /api/session/grow", () => {
  it("should let one session hold a megabyte while the browser keeps only a 43-character ID", async () => {
    const browser = new Browser();
    const res = await browser.call(grow, "POST", "/api/session/grow", { bytes: 1_000_000 });
    expect(res.status).toBe(200);
    expect(res.setCookie).toHaveLength(1);
    expect(res.setCookie[0]).toMatch(/^__Host-sid=[\w-]{43}; /);
    expect((dataOf(res.body.exchange.server)?.filler as string).length).toBe(1_000_000);
    expect(res.body.exchange.server).toMatchObject({ outcome: "created", limits: { maxDataBytes: SESSION_MAX_DATA_BYTES } });
    const read = await browser.call(GET, "GET", "/api/session");
    expect((dataOf(read.body.exchange.server)?.filler as string).length).toBe(1_000_000);
    expect(read.body.exchange.request.cookieHeader!.length).toBeLessThan(60);
  });

  it("should replace the filler on a second call and keep the session's other keys", async () => {
    const browser = new Browser();
    await browser.call(write, "POST", "/api/session", { username: "ada" });
    await browser.call(grow, "POST", "/api/session/grow", { bytes: 5000 });
    const res = await browser.call(grow, "POST", "/api/session/grow", { bytes: 10 });
    expect(res.body.exchange.server).toMatchObject({ outcome: "updated" });
    expect(dataOf(res.body.exchange.server)).toEqual({ username: "ada", filler: "x".repeat(10) });
  });

  it("should refuse filler that would push the session past the 1 MiB limit, and keep the old data", async () => {
    const browser = new Browser();
    await browser.call(grow, "POST", "/api/session/grow", { bytes: 100 });
    const res = await browser.call(grow, "POST", "/api/session/grow", { bytes: SESSION_MAX_DATA_BYTES });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "session_too_large", message: expect.stringContaining(`${SESSION_MAX_DATA_BYTES}-byte limit`) });
    expect(res.setCookie).toEqual([]);
    const read = await browser.call(GET, "GET", "/api/session");
    expect(dataOf(read.body.exchange.server)).toEqual({ filler: "x".repeat(100) });
  });

  it.each([
    ["a size over 1 MiB", { bytes: SESSION_MAX_DATA_BYTES + 1 }, "at most 1048576"],
    ["zero bytes", { bytes: 0 }, "at least 1"],
    ["a fraction", { bytes: 1.5 }, "whole number"],
    ["a string", { bytes: "1000" }, "must be a number"],
    ["an unknown field", { bytes: 10, fill: "y" }, '"fill"'],
  ])("should refuse %s with 400 and start no session", async (_, body, words) => {
    const browser = new Browser();
    const res = await browser.call(grow, "POST", "/api/session/grow", body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_body", message: expect.stringContaining(words) });
    expect(res.setCookie).toEqual([]);
    expect(browser.jar.size).toBe(0);
  });

  it("should refuse a grow posted by another site's page", async () => {
    const res = await new Browser().call(grow, "POST", "/api/session/grow", { bytes: 10 }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.setCookie).toEqual([]);
  });
});
