import { describe, expect, it } from "vitest";
import { MAX_DEVICES } from "@/lib/api/devices";
import { Browser, type ApiResult } from "@/lib/testing/api-client";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { POST as login } from "../login/route";
import { POST as account } from "./account/route";
import { POST as end } from "./end/route";
import { POST as deviceLogin } from "./login/route";
import { GET } from "./route";

// A real SQLite file in a temp dir: the embedded default store (the owner index is in its rows).
withTempDataDir("devices-route");

const FIREFOX = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0" };
const CHROME = { "user-agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36" };

type Device = { device: string; label: string; userAgent: string; current: boolean; createdAt: string; lastSeenAt: string };
const devices = (res: ApiResult) => res.body.devices as Device[];

async function newAccount(): Promise<{ username: string; password: string }> {
  const res = await new Browser().call(account, "POST", "/api/devices/account");
  expect(res.status).toBe(200);
  expect(res.setCookie).toEqual([]);
  return { username: res.body.username as string, password: res.body.password as string };
}

/** A browser ("device") logged in to the account. */
async function device(creds: { username: string; password: string }, headers: Record<string, string> = FIREFOX, label?: string): Promise<Browser> {
  const browser = new Browser();
  const res = await browser.call(deviceLogin, "POST", "/api/devices/login", { ...creds, ...(label && { label }) }, headers);
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  return browser;
}

describe("/api/devices", () => {
  it("should list every device of the account, oldest first, with this one marked and no session ID in sight", async () => {
    const creds = await newAccount();
    const laptop = await device(creds, FIREFOX);
    const phone = await device(creds, CHROME, "My phone");
    const res = await laptop.call(GET, "GET", "/api/devices", undefined, FIREFOX);
    expect(devices(res).map((d) => [d.label, d.current])).toEqual([
      ["Firefox on Linux", true],
      ["My phone", false],
    ]);
    expect(devices(res)[1]!.userAgent).toContain("Chrome/156");
    expect(res.body.exchange.server.summary).toContain(`Logged in as ${creds.username} on 2 devices`);
    const ids = [...laptop.jar.values(), ...phone.jar.values()];
    for (const id of ids) expect(JSON.stringify(devices(res))).not.toContain(id);
  });

  it("should end one other device at once: its next request finds no session, and this one stays", async () => {
    const creds = await newAccount();
    const laptop = await device(creds);
    const phone = await device(creds, CHROME);
    const target = devices(await laptop.call(GET, "GET", "/api/devices")).find((d) => !d.current)!;
    const res = await laptop.call(end, "POST", "/api/devices/end", { which: "one", device: target.device });
    expect(res.status).toBe(200);
    expect(res.headers.get("clear-site-data")).toBeNull();
    expect(res.body.exchange.server.summary).toContain("Ended 1 session on the server");
    expect(devices(res).map((d) => d.current)).toEqual([true]);
    const after = await phone.call(GET, "GET", "/api/devices");
    expect(after.body.exchange.server).toMatchObject({ outcome: "unknown_id", account: null });
    expect(devices(after)).toEqual([]);
  });

  it("should end every other device and keep this one", async () => {
    const creds = await newAccount();
    const [a, b, c] = [await device(creds), await device(creds), await device(creds)];
    const res = await b!.call(end, "POST", "/api/devices/end", { which: "others" });
    expect(res.body.exchange.server).toMatchObject({ ended: 2, clearSiteData: null });
    expect(devices(res)).toHaveLength(1);
    expect(devices(await a!.call(GET, "GET", "/api/devices"))).toEqual([]);
    expect(devices(await c!.call(GET, "GET", "/api/devices"))).toEqual([]);
    expect(devices(await b!.call(GET, "GET", "/api/devices"))).toHaveLength(1);
  });

  it('should end all of them, this one too, clear its cookie and send Clear-Site-Data: "cookies"', async () => {
    const creds = await newAccount();
    const [a, b] = [await device(creds), await device(creds)];
    const res = await a!.call(end, "POST", "/api/devices/end", { which: "all" });
    expect(res.status).toBe(200);
    expect(res.headers.get("clear-site-data")).toBe('"cookies"');
    expect(res.setCookie).toHaveLength(1);
    expect(res.setCookie[0]).toMatch(/^__Host-devices-sid=; .*Max-Age=0; Path=\/; Secure$/);
    expect(res.body.exchange.server).toMatchObject({ outcome: "destroyed", ended: 2, clearSiteData: '"cookies"', account: null });
    expect(res.body.exchange.server.summary).toContain("deleted every cookie of this site");
    expect(devices(await b!.call(GET, "GET", "/api/devices"))).toEqual([]);
  });

  it("should log out this device alone, without Clear-Site-Data when asked not to send it", async () => {
    const creds = await newAccount();
    const [a, b] = [await device(creds), await device(creds)];
    const res = await a!.call(end, "POST", "/api/devices/end", { which: "this", clearSiteData: false });
    expect(res.headers.get("clear-site-data")).toBeNull();
    expect(res.body.exchange.server).toMatchObject({ ended: 1, clearSiteData: null });
    expect(a!.jar.size).toBe(0);
    expect(devices(await b!.call(GET, "GET", "/api/devices")).map((d) => d.current)).toEqual([true]);
  });

  it("should never show or end another learner's devices", async () => {
    const mine = await device(await newAccount());
    const theirs = await device(await newAccount());
    const theirDevice = devices(await theirs.call(GET, "GET", "/api/devices"))[0]!;
    expect(devices(await mine.call(GET, "GET", "/api/devices"))).toHaveLength(1);
    const res = await mine.call(end, "POST", "/api/devices/end", { which: "one", device: theirDevice.device });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: "unknown_device", message: expect.stringContaining("Nothing was changed") });
    await mine.call(end, "POST", "/api/devices/end", { which: "all" });
    expect(devices(await theirs.call(GET, "GET", "/api/devices"))).toEqual([theirDevice]);
  });

  it("should not count a session the demo's login did not start, such as the site's own login sent as devices-sid", async () => {
    const site = new Browser();
    await site.call(login, "POST", "/api/login", { username: "ada", password: "lovelace" });
    const forged = new Browser();
    forged.jar.set("__Host-devices-sid", site.jar.get("__Host-sid")!);
    const res = await forged.call(end, "POST", "/api/devices/end", { which: "all" });
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe("not_logged_in");
  });

  it(`should refuse a login past ${MAX_DEVICES} devices with 409, and take it again once one ends`, async () => {
    const creds = await newAccount();
    const first = await device(creds);
    for (let i = 1; i < MAX_DEVICES; i++) await device(creds);
    const refused = await new Browser().call(deviceLogin, "POST", "/api/devices/login", creds);
    expect(refused.status).toBe(409);
    expect(refused.setCookie).toEqual([]);
    expect(refused.body.error).toMatchObject({ code: "too_many_devices", message: expect.stringContaining("end one of them first") });
    await first.call(end, "POST", "/api/devices/end", { which: "this" });
    await device(creds);
  });

  it.each([
    ["a wrong password", deviceLogin, "/api/devices/login", { username: "learner-0123456789ab", password: "x".repeat(16) }, 401, "invalid_credentials"],
    ["a password for the site's demo account", deviceLogin, "/api/devices/login", { username: "ada", password: "lovelace" }, 401, "invalid_credentials"],
    ["a missing password", deviceLogin, "/api/devices/login", { username: "learner-0123456789ab" }, 400, "invalid_body"],
    ["a label with markup", deviceLogin, "/api/devices/login", { username: "learner-0123456789ab", password: "p", label: "<b>x</b>" }, 400, "invalid_body"],
    ["an unknown field", deviceLogin, "/api/devices/login", { username: "a", password: "b", role: "admin" }, 400, "invalid_body"],
    ["no which", end, "/api/devices/end", {}, 400, "invalid_body"],
    ["which one without a device", end, "/api/devices/end", { which: "one" }, 400, "invalid_body"],
    ["a device id of the wrong shape", end, "/api/devices/end", { which: "one", device: "../../x" }, 400, "invalid_body"],
    ["ending devices while logged out", end, "/api/devices/end", { which: "others" }, 401, "not_logged_in"],
  ])("should refuse %s with a sentence and a code, and set nothing", async (_label, handler, path, body, status, code) => {
    const res = await new Browser().call(handler, "POST", path, body);
    expect(res.status).toBe(status);
    expect(res.setCookie).toEqual([]);
    expect(res.body.error?.code).toBe(code);
    expect(res.body.error?.message).toMatch(/^[A-Z"`a-z].{20,}[.)]$/);
  });
});
