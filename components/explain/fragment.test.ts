import { describe, expect, it } from "vitest";
import { explainFragment, readExplainFragment, type ExplainForm } from "./fragment";

const DEFAULTS: ExplainForm = {
  lines: "",
  url: "https://shop.example.com/login",
  requestUrl: "",
  site: "same-site",
  frame: "top-level",
  thirdPartyCookies: "allowed",
  browser: "chromium",
};

describe("the explainer's shareable fragment", () => {
  it("should round-trip every field, newlines, semicolons and # included", () => {
    const form: ExplainForm = {
      lines: "a=1; Path=/\nSet-Cookie: b=#2&c",
      url: "http://x.test/a?b=c",
      requestUrl: "http://x.test/",
      site: "cross-site",
      frame: "iframe",
      thirdPartyCookies: "blocked",
      browser: "firefox",
    };
    expect(readExplainFragment(`#${explainFragment(form)}`, DEFAULTS)).toEqual(form);
  });

  it("should leave the defaults out, so a plain link stays short", () => {
    expect(explainFragment({ ...DEFAULTS, lines: "a=1" })).toBe("lines=a%3D1&url=https%3A%2F%2Fshop.example.com%2Flogin");
  });

  it("should give nothing for a fragment without lines, and the defaults for unknown choices", () => {
    expect(readExplainFragment("", DEFAULTS)).toBeNull();
    expect(readExplainFragment("#top", DEFAULTS)).toBeNull();
    expect(readExplainFragment("#lines=a%3D1&site=elsewhere&browser=netscape", DEFAULTS)).toEqual({ ...DEFAULTS, lines: "a=1" });
  });
});
