import { describe, expect, it } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { NewSessionLimit } from "./client-budget";
import { ClientBudgetError } from "./errors";

describe("NewSessionLimit", () => {
  it("should let a client start its window's worth at once, then refuse with 429 and the seconds until the next one", () => {
    const clock = fakeClock(0);
    const limit = new NewSessionLimit({ perWindow: 60, windowMs: 60_000, now: clock.now });
    for (let i = 0; i < 60; i++) limit.take("203.0.113.7");
    let refusal: unknown;
    try {
      limit.take("203.0.113.7");
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ClientBudgetError);
    expect(refusal).toMatchObject({ status: 429, code: "too_many_new_sessions", headers: { "retry-after": "1" } });
    expect((refusal as Error).message).toContain("started 60 sessions in the last 10 minutes");
    expect(() => limit.take("198.51.100.1")).not.toThrow(); // another client is not touched
    clock.advance(1000);
    expect(() => limit.take("203.0.113.7")).not.toThrow(); // one back per second
    expect(() => limit.take("203.0.113.7")).toThrow(ClientBudgetError);
  });

  it("should not limit a request whose client is unknown", () => {
    const limit = new NewSessionLimit({ perWindow: 1 });
    for (let i = 0; i < 5; i++) expect(() => limit.take(undefined)).not.toThrow();
  });

  it("should remember at most maxClients, forgetting the least recently seen", () => {
    const clock = fakeClock(0);
    const limit = new NewSessionLimit({ perWindow: 1, maxClients: 2, now: clock.now });
    limit.take("a");
    limit.take("b");
    expect(() => limit.take("a")).toThrow(ClientBudgetError); // a is now the most recently seen
    limit.take("c"); // forgets b
    expect(() => limit.take("b")).not.toThrow(); // a fresh bucket; forgets a
    expect(() => limit.take("c")).toThrow(ClientBudgetError); // c is still remembered, empty
  });
});
