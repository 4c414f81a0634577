import { describe, expect, it } from "vitest";
import { Browser } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { DELETE, GET, POST } from "./route";

withTempDataDir("tamper-route");

interface Verdict {
  mechanism: string;
  verdict: string;
  identity: { user: string; role: string } | null;
  reason: string;
  readableByAnyone?: Record<string, unknown> | null;
}

async function issued(): Promise<Browser> {
  const browser = new Browser();
  await browser.call(POST, "POST", "/api/tamper");
  return browser;
}

async function whoAmI(browser: Browser): Promise<Record<string, Verdict>> {
  const res = await browser.call(GET, "GET", "/api/tamper");
  return Object.fromEntries((res.body.verdicts as Verdict[]).map((v) => [v.mechanism, v]));
}

/** Swaps one character in the middle for another, as a learner editing the value would. */
const flip = (s: string, at = Math.floor(s.length / 2)) => s.slice(0, at) + (s[at] === "A" ? "B" : "A") + s.slice(at + 1);

describe("/api/tamper", () => {
  it("should issue four lab cookies that page JavaScript can edit, none of them HttpOnly", async () => {
    const browser = new Browser();
    const res = await browser.call(POST, "POST", "/api/tamper");
    expect(res.setCookie.map((l) => l.split("=")[0])).toEqual(["lab_raw", "lab_sealed", "lab_jwt", "lab_sid"]);
    for (const line of res.setCookie) expect(line).toMatch(/; Max-Age=3600; Path=\/; Secure; SameSite=Strict$/);
    expect(res.setCookie[0]).toBe("lab_raw=user=ada&role=user; Max-Age=3600; Path=/; Secure; SameSite=Strict");
    expect(res.body.exchange.server).toMatchObject({ labSession: { data: { login: { user: "ada", role: "user" } } } });
  });

  it("should accept all four untouched cookies as ada with the role user", async () => {
    const verdicts = await whoAmI(await issued());
    for (const m of ["cookie", "sealed", "jwt", "server"])
      expect(verdicts[m]).toMatchObject({ verdict: "accepted", identity: { user: "ada", role: "user" }, forged: false });
  });

  it("should believe an edited raw cookie, because nothing proves where it came from", async () => {
    const browser = await issued();
    browser.jar.set("lab_raw", "user=ada&role=admin");
    expect((await whoAmI(browser)).cookie).toMatchObject({
      verdict: "accepted",
      identity: { role: "admin" },
      // A claim nobody issued, believed: the security failure the lab shows in red.
      forged: true,
      headline: "Fooled: the server takes you for ada, role admin",
      reason: expect.stringMatching(
        /^The lab issued user=ada, role=user; the server now acts on user=ada, role=admin, a claim nobody issued\. Believed as sent/,
      ),
    });
  });

  it("should refuse an edited sealed cookie as unreadable", async () => {
    const browser = await issued();
    browser.jar.set("lab_sealed", flip(browser.jar.get("lab_sealed")!));
    expect((await whoAmI(browser)).sealed).toMatchObject({ verdict: "refused", identity: null, reason: expect.stringMatching(/tampered|malformed/) });
  });

  it("should refuse a JWT whose payload was edited, yet show the payload anyone can read", async () => {
    const browser = await issued();
    const [header, payload, signature] = browser.jar.get("lab_jwt")!.split(".");
    const edited = { ...JSON.parse(Buffer.from(payload!, "base64url").toString()), role: "admin" };
    browser.jar.set("lab_jwt", [header, Buffer.from(JSON.stringify(edited)).toString("base64url"), signature].join("."));
    expect((await whoAmI(browser)).jwt).toMatchObject({
      verdict: "refused",
      reason: expect.stringContaining("bad_signature"),
      readableByAnyone: { user: "ada", role: "admin" },
    });
  });

  it("should treat an edited session ID as an unknown session", async () => {
    const browser = await issued();
    browser.jar.set("lab_sid", flip(browser.jar.get("lab_sid")!, 5));
    expect((await whoAmI(browser)).server).toMatchObject({
      verdict: "refused",
      headline: "Refused: unknown session",
      identity: null,
      reason: expect.stringContaining("no live session under this ID"),
    });
  });

  it("should say a cookie is missing when the browser sent none", async () => {
    const verdicts = await whoAmI(new Browser());
    expect(Object.values(verdicts).map((v) => v.verdict)).toEqual(["missing", "missing", "missing", "missing"]);
  });

  it("should refuse a raw cookie that is not shaped like a claim", async () => {
    const browser = await issued();
    browser.jar.set("lab_raw", "hello");
    expect((await whoAmI(browser)).cookie).toMatchObject({ verdict: "refused", reason: expect.stringContaining("user=") });
  });

  it("should delete the lab session on the server when the lab is cleared, so the old ID is unknown", async () => {
    const browser = await issued();
    const id = browser.jar.get("lab_sid")!;
    const res = await browser.call(DELETE, "DELETE", "/api/tamper");
    expect(res.setCookie).toHaveLength(4);
    expect(browser.jar.size).toBe(0);
    const thief = new Browser();
    thief.jar.set("lab_sid", id);
    expect((await whoAmI(thief)).server).toMatchObject({ verdict: "refused" });
  });

  it("should refuse a cross-site request to issue the cookies, and set nothing", async () => {
    const res = await new Browser().call(POST, "POST", "/api/tamper", undefined, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe("cross_site_request");
    expect(res.setCookie).toEqual([]);
  });
});
