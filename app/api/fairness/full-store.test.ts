import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { PEER_HEADER } from "@/lib/http/client-address";
import { POST as login } from "../login/route";
import { POST as grow } from "../session/grow/route";
import { GET as read } from "../session/route";

// A small store (8 MiB in all, so 2 MiB per address) filled by four addresses at once, as a flood
// from many machines would: the per-address budgets cannot stop it, so the store makes room.
const temp = makeTempDir("fairness-full");
beforeAll(() => {
  vi.stubEnv("DATA_DIR", temp.dir);
  vi.stubEnv("LAB_SERVER", "1");
  vi.stubEnv("SESSION_STORE_MAX_BYTES", String(8 * 1024 * 1024));
});
afterAll(() => {
  vi.unstubAllEnvs();
  temp.remove();
});

const from = (address: string) => ({ [PEER_HEADER]: address });

describe("a store filled from many addresses", () => {
  it("should end the least recently used anonymous sessions for a newcomer, and never a login's", async () => {
    const early = new Browser();
    await early.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, from("198.51.100.1"));
    const flood: Browser[] = [];
    for (let i = 0; i < 8; i++) {
      const browser = new Browser();
      const res = await browser.call(grow, "POST", "/api/session/grow", { bytes: 900_000 }, from(`127.0.0.${10 + (i % 4)}`));
      expect(res.status).toBe(200);
      flood.push(browser);
    }
    // The store is near its 7.5 MiB for anonymous sessions: the next megabyte needs room.
    const newcomer = new Browser();
    const res = await newcomer.call(grow, "POST", "/api/session/grow", { bytes: 900_000 }, from("203.0.113.9"));
    expect(res.status).toBe(200);
    const outcomes = [];
    for (const browser of flood) outcomes.push((await browser.call(read, "GET", "/api/session", undefined, from("127.0.0.10"))).body.exchange.server.outcome);
    expect(outcomes[0]).toBe("unknown_id"); // the least recently used went first
    expect(outcomes.slice(2)).toEqual(["found", "found", "found", "found", "found", "found"]);
    const ada = await early.call(read, "GET", "/api/session", undefined, from("198.51.100.1"));
    expect(ada.body.exchange.server).toMatchObject({ outcome: "found" });
    const second = await new Browser().call(login, "POST", "/api/login", { username: "ada", password: "lovelace" }, from("203.0.113.9"));
    expect(second.status).toBe(200);
  });
});
