import { describe, expect, it } from "vitest";
import { timeLeft } from "./countdown";
import { timersFrom } from "./timers";

// A session of idle 4 s and absolute 10 s, answered at 12:00:00 by the server's clock, which runs
// 2 s ahead of the page's.
const server = Date.UTC(2026, 11, 7, 12, 0, 0);
const page = server - 2000;
const step = {
  at: page,
  exchange: {
    server: {
      serverNow: new Date(server).toISOString(),
      session: { idleExpiresAt: new Date(server + 4000).toISOString(), absoluteExpiresAt: new Date(server + 10_000).toISOString() },
    },
  },
} as unknown as Parameters<typeof timersFrom>[0];

describe("the expiry countdown", () => {
  it("should count from the server's clock as the answer arrives, whatever the page's clock says", () => {
    const timers = timersFrom(step)!;
    expect(timeLeft(timers, page)).toEqual({ idle: 4000, absolute: 10_000 });
    expect(timeLeft(timers, page + 1500)).toEqual({ idle: 2500, absolute: 8500 });
  });

  it("should not add the time the page waited before its first session: its ticking clock may be older", () => {
    const timers = timersFrom(step)!;
    // The countdown's last tick was 6 s before the answer (the page sat idle): still 4 s and 10 s.
    expect(timeLeft(timers, page - 6000)).toEqual({ idle: 4000, absolute: 10_000 });
  });
});
