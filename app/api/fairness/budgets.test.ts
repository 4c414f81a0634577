import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { PEER_HEADER } from "@/lib/http/client-address";
import { CLIENT_MAX_BYTES } from "@/lib/session/limits";
import { POST as login } from "../login/route";
import { POST as logout } from "../logout/route";
import { POST as addToCart } from "../session/cart/route";
import { POST as grow } from "../session/grow/route";
import { GET as read, POST as write } from "../session/route";

// The site's own store (SQLite in a temp dir) at its default budgets: 256 MiB in all, 64 MiB and
// 1,200 new sessions per 10 minutes for each address. The requests carry the peer address as
// server.mjs stamps it; 127.0.0.2 and 203.0.113.50 are two clients, like two school routers.
const temp = makeTempDir("fairness");
beforeAll(() => {
  vi.stubEnv("DATA_DIR", temp.dir);
  vi.stubEnv("LAB_SERVER", "1");
});
afterAll(() => {
  vi.unstubAllEnvs();
  temp.remove();
});

const from = (address: string) => ({ [PEER_HEADER]: address });
const MEGABYTE = 1_000_000;

describe("per-client budgets on the site's store", () => {
  it("should let 40 learners behind one address each use every session demo, a 1 MB session included", async () => {
    const school = from("203.0.113.50");
    const statuses: number[] = [];
    for (let learner = 0; learner < 40; learner++) {
      const browser = new Browser();
      const steps = [
        () => browser.call(write, "POST", "/api/session", { theme: "dark" }, school),
        () => browser.call(addToCart, "POST", "/api/session/cart", { add: "tea" }, school),
        () => browser.call(grow, "POST", "/api/session/grow", { bytes: MEGABYTE }, school),
        () => browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, school),
        () => browser.call(read, "GET", "/api/session", undefined, school),
        () => browser.call(logout, "POST", "/api/logout", undefined, school),
        () => browser.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, school),
      ];
      for (const step of steps) statuses.push((await step()).status);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });

  it("should answer a flood of megabyte sessions from one address with 429 once it holds its share, and serve another address as before", async () => {
    const attacker = from("127.0.0.2");
    let refused: Awaited<ReturnType<Browser["call"]>> | undefined;
    let stored = 0;
    for (let i = 0; i < 100 && !refused; i++) {
      const res = await new Browser().call(grow, "POST", "/api/session/grow", { bytes: MEGABYTE }, attacker);
      if (res.status === 200) stored += MEGABYTE;
      else refused = res;
    }
    expect(refused?.status).toBe(429);
    expect(refused?.body.error).toMatchObject({
      code: "client_budget_full",
      message: expect.stringContaining("Your network address already holds 67108864 bytes (64 MiB)"),
    });
    expect(stored).toBeLessThanOrEqual(CLIENT_MAX_BYTES);
    expect(stored).toBeGreaterThan(CLIENT_MAX_BYTES - 2 * MEGABYTE);

    const learner = new Browser();
    const other = from("198.51.100.9");
    expect((await learner.call(grow, "POST", "/api/session/grow", { bytes: MEGABYTE }, other)).status).toBe(200);
    const loggedIn = await learner.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, other);
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body.exchange.server).toMatchObject({ outcome: "regenerated" });
  });

  it("should answer a loop of new sessions from one address with 429 and Retry-After, and serve another address as before", async () => {
    const attacker = from("127.0.0.3");
    const statuses = new Map<number, number>();
    let last: Response | undefined;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() }); // the limit's clock stands still: no token comes back during the loop
    try {
      for (let i = 0; i < 1300; i++) {
        const request = new Request("http://localhost:3000/api/session", {
          method: "POST",
          headers: { "content-type": "application/json", ...attacker },
          body: '{"n":1}',
        });
        last = await write(request);
        statuses.set(last.status, (statuses.get(last.status) ?? 0) + 1);
      }
    } finally {
      vi.useRealTimers();
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 1200, 429: 100 });
    expect(last!.headers.get("retry-after")).toBe("1"); // 1,200 per 10 minutes: one back every half second
    expect(((await last!.json()) as { error: { code: string } }).error.code).toBe("too_many_new_sessions");
    const learner = new Browser();
    expect((await learner.call(write, "POST", "/api/session", { a: 1 }, from("198.51.100.10"))).status).toBe(200);
    expect((await learner.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, from("198.51.100.10"))).status).toBe(200);
  });

  it("should not take a visitor's word for its address: a spoofed X-Forwarded-For or peer header changes nothing", async () => {
    // The flood above left 127.0.0.2 at its share; another header does not make it someone else.
    const spoofed = { ...from("127.0.0.2"), "x-forwarded-for": "192.0.2.77" };
    const res = await new Browser().call(grow, "POST", "/api/session/grow", { bytes: MEGABYTE }, spoofed);
    expect(res.body.error?.code).toBe("client_budget_full");
  });
});
