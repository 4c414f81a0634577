import { describe, expect, it } from "vitest";
import { explain } from "../cookie/explain";
import { compare, predict, type Observation } from "./attribute-check";

const SET = "http://localhost:3000/api/cookies";
const PAGE = "http://localhost:3000/demos/attributes";
const INSIDE = "http://localhost:3000/api/echo/inside";
const OUTSIDE = "http://localhost:3000/api/echo/outside";
const nothing: Observation = { documentCookie: "", headers: { [INSIDE]: null, [OUTSIDE]: null } };

describe("predict", () => {
  it.each([
    ["a plain Path=/ cookie", "demo=1; Path=/", { stored: true, visibleToJs: true, sentTo: { [INSIDE]: true, [OUTSIDE]: true } }],
    ["an HttpOnly cookie", "demo=1; Path=/; HttpOnly", { stored: true, visibleToJs: false, sentTo: { [INSIDE]: true, [OUTSIDE]: true } }],
    [
      "a cookie scoped to /api/echo/inside",
      "demo=1; Path=/api/echo/inside",
      { stored: true, visibleToJs: false, sentTo: { [INSIDE]: true, [OUTSIDE]: false } },
    ],
    ["a cookie without Path, set by /api/cookies", "demo=1", { stored: true, visibleToJs: false, sentTo: { [INSIDE]: true, [OUTSIDE]: true } }],
    ["SameSite=None without Secure", "demo=1; Path=/; SameSite=None", { stored: false, visibleToJs: false, sentTo: { [INSIDE]: false, [OUTSIDE]: false } }],
  ])("should predict where %s shows up", (_, line, expected) => {
    expect(predict(explain, line, SET, PAGE, [INSIDE, OUTSIDE])).toMatchObject(expected);
  });

  it("should carry the browser's reason when it refuses the line", () => {
    expect(predict(explain, "demo=1; Path=/; SameSite=None", SET, PAGE, []).reason?.code).toBe("SameSiteNoneInsecure");
  });
});

describe("compare", () => {
  const p = predict(explain, "demo=1; Path=/api/echo/inside", SET, PAGE, [INSIDE, OUTSIDE]);

  it("should agree when the browser did what the explainer predicted", () => {
    const after = { documentCookie: "", headers: { [INSIDE]: "demo=1", [OUTSIDE]: null } };
    expect(compare(p, nothing, after).map((r) => r.agreement)).toEqual(["agree", "agree", "agree"]);
  });

  it("should flag a disagreement when the cookie showed up where it should not", () => {
    const after = { documentCookie: "", headers: { [INSIDE]: "demo=1", [OUTSIDE]: "demo=1" } };
    expect(compare(p, nothing, after)[2]).toMatchObject({
      where: "Cookie header sent to /api/echo/outside",
      predicted: false,
      observed: true,
      agreement: "disagree",
    });
  });

  it("should not blame the explainer for an older cookie with the same name and value", () => {
    const before = { documentCookie: "", headers: { [INSIDE]: null, [OUTSIDE]: "demo=1" } };
    const after = { documentCookie: "", headers: { [INSIDE]: "demo=1", [OUTSIDE]: "demo=1" } };
    expect(compare(p, before, after)[2]?.agreement).toBe("unclear");
  });

  it("should ignore a cookie with the same name but another value", () => {
    const after = { documentCookie: "demo=old", headers: { [INSIDE]: "demo=1", [OUTSIDE]: "demo=old" } };
    expect(compare(p, nothing, after).map((r) => r.agreement)).toEqual(["agree", "agree", "agree"]);
  });
});
