import { expect, test } from "@playwright/test";
import { explain } from "../lib/cookie/explain";

// What the explainer predicts must be what real Chromium stores and sends. Each cookie is set through
// POST /api/cookies from the page, so Chromium receives the exact line over HTTP.
const SAMPLES = [
  { label: "SameSite=None without Secure", cookie: { name: "nosecure", value: "1", path: "/", sameSite: "None" } },
  { label: "a __Host- cookie with a Domain", cookie: { name: "__Host-bad", value: "1", path: "/", secure: true, domain: "localhost" } },
  { label: "a valid __Host- cookie", cookie: { name: "__Host-good", value: "1", path: "/", secure: true } },
  { label: "an oversize cookie (name + value over 4096 bytes)", cookie: { name: "big", value: "x".repeat(4094), path: "/" } },
  { label: "a cookie of exactly 4096 bytes", cookie: { name: "edge", value: "y".repeat(4092), path: "/" } },
  { label: "a Path-scoped cookie", cookie: { name: "scoped", value: "1", path: "/api/cookies/elsewhere" } },
  { label: "a cookie without Path, set by /api/cookies", cookie: { name: "nopath", value: "1" } },
  { label: "a SameSite=None; Secure; Partitioned cookie", cookie: { name: "chips", value: "1", path: "/", secure: true, sameSite: "None", partitioned: true } },
];

test("should predict what Chromium stores and sends for each sample line", async ({ page, baseURL }) => {
  await page.goto("/demos/cookie-basics");
  const lines: string[] = [];
  for (const { cookie } of SAMPLES) {
    const body = await page.evaluate(async (c) => {
      const res = await fetch("/api/cookies", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(c) });
      return res.json();
    }, cookie);
    lines.push(...body.exchange.response.setCookie);
  }
  const requestUrl = `${baseURL}/api/cookies`;
  const predicted = explain({ setCookie: lines, url: `${baseURL}/api/cookies`, requestUrl });

  const jar = await page.context().cookies();
  for (const [i, sample] of SAMPLES.entries()) {
    const inChromium = jar.some((c) => c.name === sample.cookie.name);
    expect.soft(predicted.cookies[i]?.stored, `${sample.label}: explainer said ${predicted.cookies[i]?.reason?.code ?? "stored"}`).toBe(inChromium);
  }
  const sent = await page.evaluate(async () => (await (await fetch("/api/cookies")).json()).exchange.request.cookieHeader);
  expect(sent).toBe(predicted.cookieHeader);
  // The point of the samples: some were refused, and the scoped one is stored but not sent here.
  expect(predicted.cookies.filter((c) => !c.stored).map((c) => c.reason?.code)).toEqual(["SameSiteNoneInsecure", "InvalidPrefix", "NameValuePairExceedsMaxSize"]);
  expect(jar.find((c) => c.name === "scoped")?.path).toBe("/api/cookies/elsewhere");
  expect(jar.find((c) => c.name === "nopath")?.path).toBe("/api");
});
