import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { startApp, type AppServer } from "../lib/testing/app-server";
import { makeTempDir } from "../lib/testing/temp-dir";

// The production server (server.mjs) on a small store: 8 MiB in all, so 2 MiB per address. Each
// request leaves from its own loopback address (127.0.0.2 and 127.0.0.3 are two clients to the
// server), and says whatever it likes in its headers: only the socket's address counts.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { error?: { code: string; message: string }; exchange: { server: Record<string, unknown> } };
}

function call(app: AppServer, from: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${app.url}${path}`,
      { method, localAddress: from, headers: { ...(payload ? { "content-type": "application/json" } : {}), ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) as Answer["body"] }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

test.describe("per-client budgets through the production server", () => {
  test.describe.configure({ timeout: 90_000 });
  const temp = makeTempDir("fairness-e2e");
  let app: AppServer;
  test.beforeAll(async () => {
    app = await startApp({ DATA_DIR: temp.dir, SESSION_STORE_MAX_BYTES: String(8 * 1024 * 1024) });
  });
  test.afterAll(async () => {
    await app?.stop();
    temp.remove();
  });

  test("should refuse one address past its share whatever its headers say, and serve another address", async () => {
    const megabyte = { bytes: 1_000_000 };
    const statuses: number[] = [];
    let refusal: Answer | undefined;
    for (let i = 0; i < 4; i++) {
      // A different X-Forwarded-For and x-lab-peer on each request: the server ignores both.
      const spoof = { "x-forwarded-for": `192.0.2.${i}`, "x-lab-peer": `198.51.100.${i}` };
      const answer = await call(app, "127.0.0.2", "POST", "/api/session/grow", megabyte, spoof);
      statuses.push(answer.status);
      if (answer.status === 429) refusal ??= answer;
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    expect(refusal!.headers["retry-after"]).toBe("60");
    expect(refusal!.body.error).toMatchObject({ code: "client_budget_full", message: expect.stringContaining("2097152 bytes (2 MiB)") });

    const other = await call(app, "127.0.0.3", "POST", "/api/session/grow", megabyte);
    expect(other.status).toBe(200);
    const login = await call(app, "127.0.0.3", "POST", "/api/login", { username: "ada", password: "lovelace" });
    expect(login.status).toBe(200);
    expect(login.body.exchange.server).toMatchObject({ outcome: "regenerated" });
  });
});
