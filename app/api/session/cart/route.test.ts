import { describe, expect, it } from "vitest";
import { withTempDataDir } from "@/lib/testing/temp-data-dir";
import { Browser } from "@/lib/testing/api-client";
import { SESSION_MAX_DATA_BYTES } from "@/lib/session/limits";
import { POST as grow } from "../grow/route";
import { GET, POST as write } from "../route";
import { POST as add } from "./route";

withTempDataDir("session-cart-route");

type Data = Record<string, unknown>;
const dataOf = (server: Record<string, unknown>) => (server.session as { data: Data } | null)?.data;
const FORGED = "A".repeat(43);

describe("POST /api/session/cart", () => {
  it("should start a session holding the item when there is none, as POST /api/session would", async () => {
    const browser = new Browser();
    const res = await browser.call(add, "POST", "/api/session/cart", { add: "tea" });
    expect(res.status).toBe(200);
    expect(res.setCookie).toHaveLength(1);
    expect(res.setCookie[0]).toMatch(/^__Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(res.body.exchange.response.setCookie).toEqual(res.setCookie);
    expect(res.body.exchange.server).toMatchObject({
      mechanism: "server",
      store: "sqlite",
      outcome: "created",
      session: { data: { cart: ["tea"] } },
      limits: { maxDataBytes: SESSION_MAX_DATA_BYTES },
    });
    expect(res.body.message).toBe(res.body.exchange.server.summary);
    expect(res.body.message).toContain(
      'A new session was created under a fresh random ID and its cookie is set. The server appended "tea" to the cart it keeps, in one atomic step',
    );
  });

  it("should add to the cart the server holds, not one the page remembers, so a reload before reading loses nothing", async () => {
    const browser = new Browser();
    await browser.call(write, "POST", "/api/session", { theme: "dark" });
    await browser.call(add, "POST", "/api/session/cart", { add: "tea" });
    await browser.call(add, "POST", "/api/session/cart", { add: "scone" });
    // A reloaded page, or a second tab, knows nothing of the cart: it only sends the new item.
    const res = await browser.call(add, "POST", "/api/session/cart", { add: "jam" });
    expect(res.body.exchange.server).toMatchObject({ outcome: "updated", session: { data: { theme: "dark", cart: ["tea", "scone", "jam"] } } });
    expect(res.body.message).toMatch(/^The server appended "jam" to the cart .* the cart holds 3 items\.$/);
    const read = await browser.call(GET, "GET", "/api/session");
    expect(dataOf(read.body.exchange.server)).toEqual({ theme: "dark", cart: ["tea", "scone", "jam"] });
  });

  it("should keep every item when 50 adds to one session arrive at once", async () => {
    const browser = new Browser();
    await browser.call(add, "POST", "/api/session/cart", { add: "first" });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => browser.call(add, "POST", "/api/session/cart", { add: `item-${i}` })));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    const cart = dataOf((await browser.call(GET, "GET", "/api/session")).body.exchange.server)?.cart as string[];
    expect(cart).toHaveLength(51);
    expect(new Set(cart)).toEqual(new Set(["first", ...Array.from({ length: 50 }, (_, i) => `item-${i}`)]));
  });

  it("should never adopt a session ID it did not issue, and start a fresh session instead", async () => {
    const browser = new Browser();
    browser.jar.set("__Host-sid", FORGED);
    const res = await browser.call(add, "POST", "/api/session/cart", { add: "tea" });
    expect(browser.jar.get("__Host-sid")).toMatch(/^[\w-]{43}$/);
    expect(browser.jar.get("__Host-sid")).not.toBe(FORGED);
    expect(res.body.exchange.server).toMatchObject({ outcome: "created", session: { data: { cart: ["tea"] } } });
    expect(res.body.message).toContain("not adopted (strict mode)");
  });

  it("should refuse to add to a cart that is not a list with 409, and keep the session as it was", async () => {
    const browser = new Browser();
    await browser.call(write, "POST", "/api/session", { cart: "tea" });
    const res = await browser.call(add, "POST", "/api/session/cart", { add: "jam" });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: "not_a_list", message: expect.stringContaining('key "cart" holds a string, not a list') });
    expect(res.setCookie).toEqual([]);
    expect(dataOf((await browser.call(GET, "GET", "/api/session")).body.exchange.server)).toEqual({ cart: "tea" });
  });

  it("should refuse an add that would push the session past the 1 MiB limit with 413, and store nothing", async () => {
    const browser = new Browser();
    const filler = SESSION_MAX_DATA_BYTES - '{"filler":""}'.length; // the session is exactly full
    await browser.call(grow, "POST", "/api/session/grow", { bytes: filler });
    const res = await browser.call(add, "POST", "/api/session/cart", { add: "tea" });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "session_too_large", message: expect.stringContaining(`${SESSION_MAX_DATA_BYTES}-byte limit`) });
    expect(res.setCookie).toEqual([]);
    const data = dataOf((await browser.call(GET, "GET", "/api/session")).body.exchange.server);
    expect(Object.keys(data ?? {})).toEqual(["filler"]);
  });

  it.each([
    ["no item", {}, 400, "invalid_body", "must be a string"],
    ["a number", { add: 3 }, 400, "invalid_body", "must be a string"],
    ["an empty code", { add: "" }, 400, "invalid_body", "1 to 32 lowercase letters"],
    ["capitals and spaces", { add: "Tea cake" }, 400, "invalid_body", "1 to 32 lowercase letters"],
    ["the raw cart's separator", { add: "tea.jam" }, 400, "invalid_body", "1 to 32 lowercase letters"],
    ["a code over 32 characters", { add: "x".repeat(33) }, 400, "invalid_body", "1 to 32 lowercase letters"],
    ["a whole cart", { add: ["tea", "jam"] }, 400, "invalid_body", "must be a string"],
    ["an unknown field", { add: "tea", qty: 2 }, 400, "invalid_body", '"qty"'],
    ["an array", ["tea"], 400, "invalid_body", '{"add": "tea"}'],
    ["non-JSON", "add=tea", 400, "invalid_json", "not valid JSON"],
  ])("should refuse %s with a sentence, and start no session", async (_, body, status, code, words) => {
    const browser = new Browser();
    const res = await browser.call(add, "POST", "/api/session/cart", body);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, message: expect.stringContaining(words) });
    expect(res.body.exchange.server).toMatchObject({ mechanism: "server", summary: "Nothing was read or changed." });
    expect(res.setCookie).toEqual([]);
    expect(browser.jar.size).toBe(0);
  });

  it("should refuse an add posted by another site's page, and change nothing", async () => {
    const browser = new Browser();
    await browser.call(add, "POST", "/api/session/cart", { add: "tea" });
    const res = await browser.call(add, "POST", "/api/session/cart", { add: "jam" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe("cross_site_request");
    expect(res.setCookie).toEqual([]);
    expect(dataOf((await browser.call(GET, "GET", "/api/session")).body.exchange.server)).toEqual({ cart: ["tea"] });
  });
});
