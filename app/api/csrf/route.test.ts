import { describe, expect, it } from "vitest";
import { readReport } from "@/lib/api/csrf-report";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { GET as attacker } from "./attacker/route";
import { POST as changeEmail } from "./email/route";
import { DELETE, GET, POST } from "./route";

withTempDataDir("csrf-route");

const LAB = "http://localhost:3000";
const ATTACKER = "http://127.0.0.1:3000";
/** What a browser adds to the attacker page's form post: a navigation from another site. */
const fromAttacker = { origin: ATTACKER, "sec-fetch-site": "cross-site" };

async function start(sameSite: string, defence: string) {
  const browser = new Browser(LAB);
  const res = await browser.call(POST, "POST", "/api/csrf", { sameSite, defence });
  expect(res.status).toBe(200);
  return { browser, token: res.body.token as string };
}

/** The attacker's form post, as the browser sends it with this jar's cookies (or none). */
async function forge(browser: Browser | null, headers: Record<string, string> = fromAttacker) {
  const cookie = browser?.cookieHeader();
  const request = new Request(`${LAB}/api/csrf/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}), ...headers },
    body: "email=attacker%40evil.example",
  });
  const res = await changeEmail(request);
  expect(res.status).toBe(303);
  const location = res.headers.get("location")!;
  expect(location).toMatch(/^\/demos\/csrf#forged=/);
  return { res, report: readReport(location.slice(location.indexOf("#")))! };
}

const emailOf = async (browser: Browser) => ((await browser.call(GET, "GET", "/api/csrf")).body.exchange.server.account as { email: string }).email;

describe("/api/csrf and /api/csrf/email", () => {
  it("should start an account in an HttpOnly sealed cookie with the SameSite the learner chose, and say where the attacker's page is", async () => {
    const browser = new Browser(LAB);
    const res = await browser.call(POST, "POST", "/api/csrf", { sameSite: "None", defence: "none" });
    expect(res.setCookie[0]).toMatch(/^__Host-lab_csrf=Fe26\.2\*[^;]*; Max-Age=86400; Path=\/; Secure; HttpOnly; SameSite=None$/);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.attacker).toBe(ATTACKER);
    expect(res.body.exchange.server.account).toEqual({ email: "you@learner.example", sameSite: "None", defence: "none" });
  });

  it("should write no SameSite attribute at all when the learner picks unset", async () => {
    const browser = new Browser(LAB);
    const res = await browser.call(POST, "POST", "/api/csrf", { sameSite: "unset", defence: "none" });
    expect(res.setCookie[0]).not.toMatch(/SameSite/);
  });

  it("should let a forged form post change the email when the defence is off and the cookie came along", async () => {
    const { browser } = await start("None", "none");
    const { res, report } = await forge(browser);
    expect(report.status).toBe(200);
    expect(report.exchange.server.summary).toBe("The email changed from you@learner.example to attacker@evil.example.");
    const { server } = report.exchange;
    expect("received" in server && server.received).toEqual({ origin: ATTACKER, secFetchSite: "cross-site" });
    expect(res.headers.getSetCookie()).toHaveLength(1);
    browser.jar.set("__Host-lab_csrf", res.headers.getSetCookie()[0]!.split(";")[0]!.split("=").slice(1).join("="));
    expect(await emailOf(browser)).toBe("attacker@evil.example");
  });

  it("should mask every cookie value in the report, which lands in the URL and the browser's history", async () => {
    const { browser } = await start("None", "none");
    browser.jar.set("__Host-sid", "secret-session-id");
    const { report } = await forge(browser);
    expect(report.exchange.request.cookieHeader).toBe("__Host-lab_csrf=...; __Host-sid=...");
    expect(report.exchange.response.setCookie[0]).toMatch(/^__Host-lab_csrf=\.\.\.; Max-Age=86400; Path=\//);
    expect(JSON.stringify(report)).not.toMatch(/Fe26|secret-session-id/);
  });

  it("should show no report whose server state is none the lab writes: anyone can write a URL", async () => {
    const { browser } = await start("None", "none");
    const { report } = await forge(browser);
    const fragment = (server: object) =>
      `#forged=${Buffer.from(JSON.stringify({ ...report, exchange: { ...report.exchange, server } })).toString("base64url")}`;
    expect(readReport(fragment(report.exchange.server))).toEqual(report);
    expect(readReport(fragment({ ...report.exchange.server, note: "Your account is locked: call +1 555 0100." }))).toBeNull();
    expect(readReport(fragment({ mechanism: "sealed", summary: "s", instance: "i", account: { email: "a@b.example" } }))).toBeNull();
  });

  it("should refuse the forged post with the Origin check on, and leave the email unchanged", async () => {
    const { browser } = await start("None", "origin");
    const { res, report } = await forge(browser);
    expect(report.status).toBe(403);
    expect(report.error).toMatchObject({ code: "cross_site_request", message: expect.stringContaining("another origin (http://127.0.0.1:3000)") });
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await emailOf(browser)).toBe("you@learner.example");
  });

  it("should refuse a same-site but cross-origin post with the Origin check on, which SameSite would let through", async () => {
    const { browser } = await start("Lax", "origin");
    const { report } = await forge(browser, { origin: "http://localhost:4000", "sec-fetch-site": "same-site" });
    expect(report.error).toMatchObject({ code: "cross_site_request", message: expect.stringContaining("same site but another origin") });
  });

  it("should refuse the forged post without the token with the token defence on, and accept the lab page's own request with it", async () => {
    const { browser, token } = await start("None", "token");
    const { report } = await forge(browser);
    expect(report.error?.code).toBe("csrf_token_missing");
    const wrong = await browser.call(changeEmail, "POST", "/api/csrf/email", { email: "me@home.example" }, { "x-csrf-token": "A".repeat(43) });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error?.code).toBe("csrf_token_mismatch");
    const right = await browser.call(changeEmail, "POST", "/api/csrf/email", { email: "me@home.example" }, { "x-csrf-token": token });
    expect(right.status).toBe(200);
    expect(await emailOf(browser)).toBe("me@home.example");
  });

  it("should find no account when the forged post arrives without the cookie, as SameSite=Lax makes it", async () => {
    const { report } = await forge(null);
    expect(report.status).toBe(401);
    expect(report.error?.code).toBe("no_account");
    expect(report.exchange.request.cookieHeader).toBeNull();
  });

  it("should never let a site-wide route through for the demo's sake: /api/csrf itself keeps the Origin check", async () => {
    const { browser } = await start("None", "none");
    const res = await browser.call(POST, "POST", "/api/csrf", { sameSite: "Lax", defence: "none" }, fromAttacker);
    expect(res.status).toBe(403);
    expect(res.setCookie).toEqual([]);
  });

  it.each([
    ["a JSON body with a bad email", { email: "not an address" }, "application/json", "invalid_body"],
    ["a form with an unknown field", "email=a%40b.example&admin=1", "application/x-www-form-urlencoded", "invalid_body"],
    ["a form without an email", "csrf_token=x", "application/x-www-form-urlencoded", "invalid_body"],
  ])("should refuse %s with 400 and set nothing", async (_, body, type, code) => {
    const { browser } = await start("None", "none");
    const res = await browser.call(changeEmail, "POST", "/api/csrf/email", typeof body === "string" ? body : JSON.stringify(body), { "content-type": type });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code, message: expect.any(String) });
    expect(res.setCookie).toEqual([]);
  });

  it.each([
    [{ sameSite: "lax", defence: "none" }, "sameSite must be Lax, Strict, None or unset."],
    [{ sameSite: "Lax", defence: "off" }, "defence must be none, origin or token."],
  ])("should refuse the settings %j with 400", async (body, words) => {
    const res = await new Browser(LAB).call(POST, "POST", "/api/csrf", body);
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toContain(words);
    expect(res.setCookie).toEqual([]);
  });

  it("should refuse SameSite=None on an origin that is not secure, where the browser would drop it", async () => {
    const res = await new Browser("http://lab.example").call(POST, "POST", "/api/csrf", { sameSite: "None", defence: "none" });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe("none_needs_secure");
    expect(res.setCookie).toEqual([]);
  });

  it("should clear the demo cookie", async () => {
    const { browser } = await start("Lax", "none");
    const res = await browser.call(DELETE, "DELETE", "/api/csrf");
    expect(res.setCookie[0]).toMatch(/^__Host-lab_csrf=; .*Max-Age=0/);
    expect(browser.jar.size).toBe(0);
  });
});

describe("/api/csrf/attacker", () => {
  it("should serve a form that posts the attacker's email to the lab, with a CSP that allows only that target", async () => {
    const res = await attacker(new Request(`${ATTACKER}/api/csrf/attacker?lab=${encodeURIComponent(LAB)}`, { headers: { host: "127.0.0.1:3000" } }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<form method="post" action="${LAB}/api/csrf/email">`);
    expect(html).toContain('name="email" value="attacker@evil.example"');
    expect(res.headers.get("content-security-policy")).toContain(`form-action ${LAB};`);
  });

  it.each(["https://bank.example", "javascript:alert(1)", "http://localhost:3000/path", ""])("should refuse to aim its form at %j", async (lab) => {
    const res = await attacker(new Request(`${ATTACKER}/api/csrf/attacker?lab=${encodeURIComponent(lab)}`));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_lab_origin");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
