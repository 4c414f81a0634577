import { describe, expect, it } from "vitest";
import { hiddenFromJavaScript } from "./hidden-cookies";

const step = (setCookie: string[], cookieHeader: string | null = null) => ({ exchange: { request: { cookieHeader }, response: { setCookie } } });

describe("hiddenFromJavaScript", () => {
  it("should name a cookie set with HttpOnly that document.cookie lacks", () => {
    const steps = [step(["s=1; HttpOnly"]), step(["t=1"])];
    expect(hiddenFromJavaScript(steps, "t=1")).toEqual([{ name: "s", why: "httponly" }]);
  });

  it("should forget a cookie once a later line deletes it", () => {
    const steps = [step(["s=; Max-Age=0"]), step(["s=1; HttpOnly"])];
    expect(hiddenFromJavaScript(steps, "")).toEqual([]);
  });

  it("should name a cookie the browser sent but JavaScript cannot see, without claiming why", () => {
    expect(hiddenFromJavaScript([step([], "p=1; t=1")], "t=1")).toEqual([{ name: "p", why: "httponly-or-path" }]);
  });

  it("should report nothing when JavaScript sees every cookie", () => {
    expect(hiddenFromJavaScript([step(["t=1; Path=/"], "t=1")], "t=1")).toEqual([]);
  });
});
