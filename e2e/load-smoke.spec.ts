import autocannon from "autocannon";
import { expect, test } from "@playwright/test";

// A few seconds of load against the production build: no errors and no lost updates. The numbers
// themselves are measured in bench/http-load.mjs, never asserted here.

test("should answer a short burst of load on every scenario without an error", async ({ baseURL }) => {
  const session = await fetch(`${baseURL}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"cart":1}' });
  const cookie = session.headers.getSetCookie()[0]!.split(";")[0]!;
  const json = { "content-type": "application/json" };
  const requests = [
    { method: "POST" as const, path: "/api/cookies", headers: json, body: '{"name":"theme","value":"dark","path":"/"}' },
    { method: "GET" as const, path: "/api/session", headers: { cookie } },
    { method: "POST" as const, path: "/api/session", headers: { ...json, cookie }, body: '{"n":1}' },
    { method: "POST" as const, path: "/api/explain", headers: json, body: '{"setCookie":["a=1; Path=/"]}' },
  ];
  const result = await autocannon({ url: baseURL!, connections: 10, duration: 2, requests });
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.requests.total).toBeGreaterThan(0);
});

test("should keep every key when 200 requests write to one session at once over HTTP", async ({ baseURL }) => {
  const first = await fetch(`${baseURL}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"start":true}' });
  const cookie = first.headers.getSetCookie()[0]!.split(";")[0]!;
  const writes = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      fetch(`${baseURL}/api/session`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ [`k${i}`]: i }) }).then(
        (r) => r.status,
      ),
    ),
  );
  expect(writes.every((s) => s === 200)).toBe(true);
  const data = (await (await fetch(`${baseURL}/api/session`, { headers: { cookie } })).json()).exchange.server.session.data;
  expect(Object.keys(data)).toHaveLength(201);
});
