import { describe, expect, it } from "vitest";
import { explainUntrusted } from "./explain";
import { MAX_LINE_CHARS, MAX_LINES, parseExplainInput } from "./explain-input";

describe("parseExplainInput", () => {
  it("should accept one line and normalise it to a list", () => {
    const result = parseExplainInput({ setCookie: "a=b" });
    expect(result).toEqual({ ok: true, value: { setCookie: ["a=b"] } });
  });

  it("should accept every documented field", () => {
    const input = {
      setCookie: ["a=b", "c=d; Secure"],
      url: "https://shop.example/cart",
      requestUrl: "https://shop.example/",
      now: "2025-01-01T00:00:00Z",
      context: { site: "cross-site", frame: "iframe", method: "POST", thirdPartyCookies: "blocked", api: "http", browser: "firefox" },
    };
    expect(parseExplainInput(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ["a missing body", null, "InvalidInput"],
    ["a number body", 5, "InvalidInput"],
    ["a body without setCookie", {}, "InvalidSetCookie"],
    ["a numeric setCookie", { setCookie: 5 }, "InvalidSetCookie"],
    ["a list holding a number", { setCookie: ["a=b", 3] }, "InvalidSetCookie"],
    ["a line over 8192 characters", { setCookie: "a".repeat(MAX_LINE_CHARS + 1) }, "LineTooLong"],
    ["51 lines", { setCookie: Array.from({ length: MAX_LINES + 1 }, () => "a=b") }, "TooManyLines"],
    ["more than 64 KiB in total", { setCookie: Array.from({ length: 9 }, () => "a".repeat(8000)) }, "InputTooLarge"],
    ["an ftp URL", { setCookie: "a=b", url: "ftp://example.com/" }, "InvalidUrl"],
    ["a requestUrl that is not a URL", { setCookie: "a=b", requestUrl: "not a url" }, "InvalidUrl"],
    ["an unparseable date", { setCookie: "a=b", now: "yesterday-ish" }, "InvalidDate"],
    ["an unknown site", { setCookie: "a=b", context: { site: "same-origin" } }, "InvalidContext"],
    ["an unknown browser", { setCookie: "a=b", context: { browser: "safari" } }, "InvalidBrowser"],
    ["a browser that is not a string", { setCookie: "a=b", context: { browser: 1 } }, "InvalidBrowser"],
    ["an unknown context field", { setCookie: "a=b", context: { partitionKey: "x" } }, "InvalidContext"],
    ["an unknown top-level field", { setCookie: "a=b", requestURL: "http://localhost/" }, "UnknownField"],
  ])("should refuse %s with code %s", (_label, input, code) => {
    const result = parseExplainInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/^[A-Z"a-z].*\.$/);
    }
  });

  it("should count the 64 KiB limit in UTF-8 bytes, not characters", () => {
    const line = "é".repeat(4000); // 8000 bytes but 4000 characters
    expect(parseExplainInput({ setCookie: Array.from({ length: 9 }, () => line) }).ok).toBe(false);
    expect(parseExplainInput({ setCookie: Array.from({ length: 8 }, () => line) }).ok).toBe(true);
  });

  it("should name the three browsers and the bad one in the message", () => {
    const result = parseExplainInput({ setCookie: "a=b", context: { browser: "safari" } });
    expect(result.ok || result.error.message).toBe('context.browser must be "chromium", "firefox" or "spec" (RFC 6265bis alone), not "safari".');
  });

  it("should name the bad URL in the message", () => {
    const result = parseExplainInput({ setCookie: "a=b", url: "javascript:alert(1)" });
    expect(result.ok || result.error.message).toContain('"javascript:alert(1)"');
  });
});

describe("explainUntrusted", () => {
  it("should return the error instead of throwing for a bad body", () => {
    expect(explainUntrusted({ setCookie: "a=b", url: "nope" })).toMatchObject({ ok: false, error: { code: "InvalidUrl" } });
  });

  it("should explain a valid body", () => {
    const result = explainUntrusted({ setCookie: "a=b" });
    expect(result.ok && result.result.cookieHeader).toBe("a=b");
  });
});
