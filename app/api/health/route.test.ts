import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTestRedis } from "@/lib/testing/store-harness";
import { makeTempDir } from "@/lib/testing/temp-dir";
import { GET } from "./route";

// The site on Redis, against a real redis-server that the test stops and starts again.
const temp = makeTempDir("health-route");
const redis = withTestRedis();
beforeAll(() => {
  vi.stubEnv("DATA_DIR", temp.dir);
  vi.stubEnv("SESSION_STORE", "redis");
  vi.stubEnv("REDIS_URL", redis.server.url);
});
afterAll(() => {
  vi.unstubAllEnvs();
  temp.remove();
});

const health = () => new Browser().call(GET, "GET", "/api/health");

describe("/api/health", () => {
  it("should answer 200 while the site's store answers, and set no cookie", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(res.setCookie).toEqual([]);
    expect(res.body).toMatchObject({ status: "ok", stores: [{ kind: "redis", role: "site", ok: true }] });
  });

  it("should answer 503 with a sentence while Redis is down, and 200 again once it is back", async () => {
    await redis.server.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: "unavailable",
      stores: [{ kind: "redis", ok: false, message: expect.stringMatching(/^The Redis session store at .* is not answering/) }],
    });
    expect(down.body.exchange.server.summary).toBe("The site's session store (redis) is not answering, so sessions cannot be read or written.");
    await redis.server.start();
    await expect.poll(async () => (await health()).status, { timeout: 15_000 }).toBe(200);
  });
});
