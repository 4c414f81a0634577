import { describe, expect, it } from "vitest";
import { BROWSERS, ENGINE_QUIRKS, hasQuirk, quirksOf, type EngineQuirk } from "./engines";
import { explain } from "./explain";

// Each named engine quirk (engines.ts) is what makes the explainer depart from RFC 6265bis for the
// engines it lists, and only for them: the http-state corpus run in the real engines attributes every
// departure it sees to one of these.
const EXAMPLES: Record<EngineQuirk, { line: string; spec: string | null; quirky: string | null }> = {
  nameOnlyPair: { line: "foo; Path=/", spec: "foo", quirky: "foo=" },
  namelessRefused: { line: "=foo", spec: "foo", quirky: null },
  namelessValueWithEquals: { line: "=a=bar", spec: "a=bar", quirky: null },
};

describe("ENGINE_QUIRKS", () => {
  it.each(Object.keys(ENGINE_QUIRKS) as EngineQuirk[])("should depart from RFC 6265bis for %s in the engines it lists, and only there", (quirk) => {
    const { line, spec, quirky } = EXAMPLES[quirk];
    expect(ENGINE_QUIRKS[quirk].matches(line)).toBe(true);
    for (const browser of BROWSERS) {
      const header = explain({ setCookie: line, url: "http://example.com/", context: { browser } }).cookieHeader;
      expect(header, `${quirk} in ${browser}`).toBe(hasQuirk(browser, quirk) ? quirky : spec);
      if (hasQuirk(browser, quirk)) expect(quirksOf(browser, [line])).toContain(quirk);
    }
    expect(quirksOf("spec", [line])).toEqual([]);
  });

  it("should not match ordinary lines", () => {
    for (const line of ["a=b", "a=b=c; Path=/", "a=; Max-Age=0"]) expect(quirksOf("firefox", [line]), line).toEqual([]);
  });
});
