import { afterAll, bench, describe } from "vitest";
import { makeTempDir } from "@/lib/testing/temp-dir";

/**
 * The lab's own code per request, without the framework: each route handler called directly with a
 * Request, beside /api/baseline's handlers (which only set one cookie). bench/http-load.mjs
 * measures the same routes through `next start`; the difference between the two is Next.js.
 */
const tmp = makeTempDir("handlers-bench");
process.env.DATA_DIR = tmp.dir;
process.env.SESSION_STORE = "sqlite";
afterAll(() => tmp.remove());

const baseline = await import("@/app/api/baseline/route");
const cookies = await import("@/app/api/cookies/route");
const session = await import("@/app/api/session/route");
const explain = await import("@/app/api/explain/route");

const ORIGIN = "http://localhost:3000";
const json = { "content-type": "application/json" };
const cookieBody = '{"name":"theme","value":"dark","path":"/","httpOnly":true}';
const explainBody = JSON.stringify({
  setCookie: ["sid=1; Path=/; Secure; HttpOnly; SameSite=Lax", "t=1; Max-Age=60", "x=1; SameSite=None"],
  url: "https://example.com/",
});
const created = await session.POST(new Request(`${ORIGIN}/api/session`, { method: "POST", headers: json, body: '{"cart":1}' }));
const sid = created.headers.getSetCookie()[0]!.split(";")[0]!;

const drain = async (r: Response | Promise<Response>) => void (await (await r).arrayBuffer());
const opts = { time: 1000, warmupTime: 300 };

describe("one request through the handler, framework excluded", () => {
  bench("baseline GET (sets one cookie)", () => drain(baseline.GET()), opts);
  bench(
    "baseline POST (reads the body, sets one cookie)",
    () => drain(baseline.POST(new Request(`${ORIGIN}/api/baseline`, { method: "POST", headers: json, body: cookieBody }))),
    opts,
  );
  bench("POST /api/cookies", () => drain(cookies.POST(new Request(`${ORIGIN}/api/cookies`, { method: "POST", headers: json, body: cookieBody }))), opts);
  bench("GET /api/session (SQLite)", () => drain(session.GET(new Request(`${ORIGIN}/api/session`, { headers: { cookie: sid } }))), opts);
  bench(
    "POST /api/session (SQLite)",
    () => drain(session.POST(new Request(`${ORIGIN}/api/session`, { method: "POST", headers: { ...json, cookie: sid }, body: '{"n":1}' }))),
    opts,
  );
  bench(
    "POST /api/explain (3 lines)",
    () => drain(explain.POST(new Request(`${ORIGIN}/api/explain`, { method: "POST", headers: json, body: explainBody }))),
    opts,
  );
});
