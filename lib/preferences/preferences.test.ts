import { describe, expect, it } from "vitest";
import { preferencesBody } from "../validations/preferences";
import { htmlAttributes, langOfSegment, parsePrefsSegment, prefsSegment, PREFS_SEGMENTS, readPreferences } from "./preferences";

const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];

describe("preference cookies", () => {
  it("should read a theme and a language the site knows", () => {
    expect(readPreferences(jar({ theme: "dark", lang: "fr" }))).toEqual({ theme: "dark", lang: "fr" });
  });

  it.each([
    ["no cookies", {}],
    ["unknown values", { theme: "purple", lang: "de" }],
    ["markup in a value", { theme: '"><script>', lang: "en" }],
    ["a value in the wrong case", { theme: "DARK", lang: "EN" }],
  ])("should fall back to the system theme and English for %s", (_label, cookies) => {
    expect(readPreferences(jar(cookies))).toEqual({ theme: "system", lang: "en" });
  });

  it("should put an explicit theme on <html> as a class and data-theme, and nothing for system", () => {
    expect(htmlAttributes({ theme: "dark", lang: "fr" })).toEqual({ lang: "fr", className: "dark", "data-theme": "dark" });
    expect(htmlAttributes({ theme: "system", lang: "en" })).toEqual({ lang: "en" });
  });

  it.each([
    [{ theme: "purple" }, "theme must be light, dark or system."],
    [{ lang: "de" }, "lang must be en or fr."],
    [{}, "Send theme, lang or both"],
    [{ theme: "dark", font: "big" }, "font"],
  ])("should refuse the body %j with a sentence", (body, words) => {
    const parsed = preferencesBody.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(words);
  });
});

describe("the prerendered variant of a page", () => {
  it("should name one segment per theme and language, six in all", () => {
    expect(PREFS_SEGMENTS).toEqual(["light-en", "light-fr", "dark-en", "dark-fr", "system-en", "system-fr"]);
  });

  it.each(PREFS_SEGMENTS)("should read %s back as the preferences it was made from", (segment) => {
    expect(prefsSegment(parsePrefsSegment(segment)!)).toBe(segment);
  });

  it.each(["", "dark", "dark-de", "blue-en", "dark-en-x", "../dark-en"])("should refuse %j as a segment", (segment) => {
    expect(parsePrefsSegment(segment)).toBeNull();
  });
});

describe("langOfSegment", () => {
  it.each([
    ["dark-fr", "fr"],
    ["system-en", "en"],
    ["dark-de", "en"],
    ["", "en"],
  ])("should read the language of the segment %j as %s", (segment, lang) => {
    expect(langOfSegment(segment)).toBe(lang);
  });
});
