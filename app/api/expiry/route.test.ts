import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { DELETE, GET, POST } from "./route";

const temp = makeTempDir("expiry-route");
beforeAll(() => vi.stubEnv("DATA_DIR", temp.dir));
afterEach(() => vi.useRealTimers());
afterAll(() => {
  vi.unstubAllEnvs();
  temp.remove();
});

type Session = { idleExpiresAt: string; absoluteExpiresAt: string; data: Record<string, unknown> } | null;
const server = (res: { body: { exchange: { server: Record<string, unknown> } } }) =>
  res.body.exchange.server as { outcome: string; session: Session; summary: string };

describe("/api/expiry", () => {
  it("should start a session under its own cookie, without Max-Age, and leave the site's session cookie alone", async () => {
    const browser = new Browser();
    browser.jar.set("__Host-sid", "A".repeat(43));
    const res = await browser.call(POST, "POST", "/api/expiry?idle=20&absolute=60", { visits: 1 });
    expect(res.setCookie).toHaveLength(1);
    expect(res.setCookie[0]).toMatch(/^__Host-expiry-sid=[\w-]{43}; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(server(res)).toMatchObject({
      outcome: "created",
      session: { data: { visits: 1 } },
      limits: { idleTimeoutSeconds: 20, absoluteTimeoutSeconds: 60, rolling: true },
    });
    expect(browser.jar.get("__Host-sid")).toBe("A".repeat(43));
  });

  it("should slide the idle expiry on a read when rolling is on, and re-send the cookie", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const browser = new Browser();
    const created = server(await browser.call(POST, "POST", "/api/expiry?rolling=on", { visits: 1 }));
    vi.advanceTimersByTime(10_000);
    const read = await browser.call(GET, "GET", "/api/expiry?rolling=on");
    expect(read.setCookie).toHaveLength(1);
    expect(Date.parse(server(read).session!.idleExpiresAt) - Date.parse(created.session!.idleExpiresAt)).toBe(10_000);
  });

  it("should leave the idle expiry alone on a read when rolling is off, so the session ends 20 s after the last write", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const browser = new Browser();
    const created = server(await browser.call(POST, "POST", "/api/expiry?rolling=off", { visits: 1 }));
    vi.advanceTimersByTime(15_000);
    const read = await browser.call(GET, "GET", "/api/expiry?rolling=off");
    expect(read.setCookie).toEqual([]);
    expect(server(read).session!.idleExpiresAt).toBe(created.session!.idleExpiresAt);
    vi.advanceTimersByTime(5_000);
    const late = server(await browser.call(GET, "GET", "/api/expiry?rolling=off"));
    expect(late).toMatchObject({ outcome: "idle_expired", session: null });
    expect(late.summary).toContain("idle for longer than 20 seconds");
  });

  it("should end a session at the absolute timeout even while it is read every few seconds", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/expiry?idle=4&absolute=10", { visits: 1 });
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(3_000);
      expect(server(await browser.call(GET, "GET", "/api/expiry?idle=4&absolute=10")).outcome).toBe("found");
    }
    vi.advanceTimersByTime(1_000);
    const res = await browser.call(GET, "GET", "/api/expiry?idle=4&absolute=10");
    expect(server(res)).toMatchObject({ outcome: "absolute_expired", session: null });
    expect(res.setCookie[0]).toMatch(/^__Host-expiry-sid=; .*Max-Age=0/);
  });

  it("should destroy the session on DELETE", async () => {
    const browser = new Browser();
    await browser.call(POST, "POST", "/api/expiry", { visits: 1 });
    expect(server(await browser.call(DELETE, "DELETE", "/api/expiry"))).toMatchObject({ outcome: "destroyed" });
    expect(browser.jar.size).toBe(0);
  });

  it.each([
    ["rolling=maybe", "rolling must be on or off"],
    ["idle=1", "idle must be at least 2 seconds"],
    ["idle=abc", "idle must be a whole number"],
    ["idle=30&absolute=10", "absolute must be at least as long as idle"],
  ])("should refuse ?%s with a sentence and store nothing", async (query, words) => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", `/api/expiry?${query}`, { visits: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_query", message: expect.stringContaining(words) });
    expect(res.setCookie).toEqual([]);
  });
});
