import { describe, expect, it } from "vitest";
import { hiddenFromJavaScript, type StepLike } from "./hidden-cookies";

const PAGE = "http://localhost/demos/login";
let clock = Date.parse("2026-01-01T00:00:00Z");
/** One step, newest-first lists are written newest first as in the inspector. */
const step = (setCookie: string[], cookieHeader: string | null = null, url = "http://localhost/api/session"): StepLike => ({
  url,
  at: (clock += 1000),
  exchange: { request: { cookieHeader }, response: { setCookie } },
});
const newestFirst = (...oldestFirst: StepLike[]) => [...oldestFirst].reverse();

describe("hiddenFromJavaScript", () => {
  it("should name a cookie set with HttpOnly that document.cookie lacks", () => {
    const steps = newestFirst(step(["t=1; Path=/"]), step(["s=1; Path=/; HttpOnly"]));
    expect(hiddenFromJavaScript(steps, "t=1", PAGE)).toEqual([{ name: "s", why: "httponly" }]);
  });

  it("should forget a cookie once a later line deletes it", () => {
    const steps = newestFirst(step(["s=1; Path=/; HttpOnly"]), step(["s=; Path=/; Max-Age=0"]));
    expect(hiddenFromJavaScript(steps, "", PAGE)).toEqual([]);
  });

  it("should report nothing when JavaScript sees every cookie", () => {
    expect(hiddenFromJavaScript([step(["t=1; Path=/"], "t=1")], "t=1", PAGE)).toEqual([]);
  });

  // The replay flows: the server's HttpOnly cookie is cleared, page JavaScript writes the copied
  // value back (document.cookie: no step records it), the read sends it, and the server deletes it.
  it("should say the response deleted a replayed copy that the request carried, not that it is HttpOnly", () => {
    const steps = newestFirst(
      step(["__Host-sid=abc; Max-Age=1800; Path=/; Secure; HttpOnly; SameSite=Lax"], null, "http://localhost/api/login"),
      step(["__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"], "__Host-sid=abc", "http://localhost/api/logout"),
      step(["__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"], "__Host-sid=abc"),
    );
    expect(hiddenFromJavaScript(steps, "", PAGE)).toEqual([{ name: "__Host-sid", why: "deleted" }]);
  });

  it("should say nothing about a replayed copy JavaScript wrote and still sees, though an earlier line said HttpOnly", () => {
    const steps = newestFirst(
      step(["__Host-sealed=seal; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax"], null, "http://localhost/api/login"),
      step(["__Host-sealed=; Max-Age=0; Path=/"], "__Host-sealed=seal", "http://localhost/api/logout"),
      step([], "__Host-sealed=seal", "http://localhost/api/sealed"),
    );
    expect(hiddenFromJavaScript(steps, "__Host-sealed=seal", PAGE)).toEqual([]);
  });

  it("should not call a cookie HttpOnly when no Set-Cookie line in the steps said so", () => {
    // Written by page JavaScript (the cart edit, the tamper lab), sent, then gone from document.cookie.
    expect(hiddenFromJavaScript([step([], "cart=tea.jam", "http://localhost/api/cookies")], "", PAGE)).toEqual([{ name: "cart", why: "unknown" }]);
  });

  it("should give the Path as the reason when the line that set the cookie had no HttpOnly and a Path outside this page", () => {
    const steps = newestFirst(
      step(["demo=2; Path=/api/echo/inside"], null, "http://localhost/api/cookies"),
      step([], "demo=2", "http://localhost/api/echo/inside"),
    );
    expect(hiddenFromJavaScript(steps, "", "http://localhost/demos/attributes")).toEqual([{ name: "demo", why: "path", path: "/api/echo/inside" }]);
  });

  it("should take the default path of the URL that set a cookie without Path", () => {
    const steps = [step(["demo=1"], null, "http://localhost/api/cookies")];
    expect(hiddenFromJavaScript(steps, "", "http://localhost/demos/attributes")).toEqual([{ name: "demo", why: "path", path: "/api" }]);
  });

  it("should keep the HttpOnly reason for the one path the HttpOnly line set, even after a plain line at another path", () => {
    const steps = newestFirst(
      step(["demo=1; Path=/; HttpOnly"], null, "http://localhost/api/cookies"),
      step(["demo=2; Path=/api/echo/inside"], null, "http://localhost/api/cookies"),
    );
    expect(hiddenFromJavaScript(steps, "", "http://localhost/demos/attributes")).toEqual([{ name: "demo", why: "httponly" }]);
  });

  it("should not claim HttpOnly for a line the browser refused", () => {
    const refused = "demo=1; Path=/; HttpOnly; SameSite=None";
    const steps = [step([refused], null, "http://localhost/api/cookies")];
    expect(hiddenFromJavaScript(steps, "", PAGE, (line) => line !== refused)).toEqual([]);
  });

  it("should forget a cookie whose Max-Age ran out before the step shown", () => {
    const steps = newestFirst(step(["s=1; Path=/; Max-Age=1; HttpOnly"]), step([]), step([]));
    expect(hiddenFromJavaScript(steps, "", PAGE)).toEqual([]);
  });

  it("should name a cookie the browser sent that no step set, without claiming why", () => {
    expect(hiddenFromJavaScript([step([], "p=1; t=1")], "t=1", PAGE)).toEqual([{ name: "p", why: "unknown" }]);
  });
});
