import { describe, expect, it } from "vitest";
import { LANGS } from "./preferences";
import { englishOn, UI_TEXT } from "./ui-text";

/** Every leaf of a dictionary entry, as "path: kind", so two languages can be compared shape for shape. */
function leaves(value: unknown, path = ""): string[] {
  if (value === null) return [`${path}: null`];
  if (typeof value === "function") return [`${path}: function`];
  if (typeof value === "object") return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

describe("the chrome's dictionary", () => {
  it("should give every language the same entries, notes aside (they are null in English)", () => {
    const shape = (lang: (typeof LANGS)[number]) => leaves(UI_TEXT[lang]).filter((l) => !/contentNote/.test(l));
    for (const lang of LANGS) expect(shape(lang)).toEqual(shape("en"));
  });

  it("should have no empty text in any language", () => {
    for (const lang of LANGS) {
      expect(leaves(UI_TEXT[lang]).length).toBeGreaterThan(40);
      expect(JSON.stringify(UI_TEXT[lang])).not.toMatch(/:""/);
    }
  });

  it("should tell a page in another language that the lessons and demos are in English, and say nothing in English", () => {
    expect(UI_TEXT.en.contentNote).toBeNull();
    expect(UI_TEXT.fr.contentNote).toContain("en anglais");
    expect(UI_TEXT.fr.embed.contentNote).toContain("en anglais");
  });

  it("should mark English parts only on pages in another language", () => {
    expect(englishOn("en")).toBeUndefined();
    expect(englishOn("fr")).toBe("en");
  });
});

describe("the embed banner's engine sentences", () => {
  it("should name the engine whose verdicts the banner lists, or say they are Chromium's", () => {
    expect(UI_TEXT.en.embed.bannerVerdicts("Firefox 153", true)).toBe("The verdicts below are Firefox 153's.");
    expect(UI_TEXT.en.embed.bannerVerdicts("Safari 18", false)).toBe("The explainer does not model Safari 18: the verdicts below are Chromium's.");
    expect(UI_TEXT.fr.embed.bannerVerdicts(null, false)).toBe("L'explicateur ne modélise pas ce navigateur : les verdicts ci-dessous sont ceux de Chromium.");
  });

  it("should tell Firefox's partitioning from blocking, and say a partitioned cookie is kept", () => {
    expect(UI_TEXT.en.embed.bannerPartitioned("Firefox 153")).toMatch(
      /^Your browser, Firefox 153, keeps third-party cookies here, Partitioned or not, but each in a separate jar/,
    );
    expect(UI_TEXT.en.embed.bannerBlocked).not.toContain("Safari's");
    expect(UI_TEXT.en.embed.keptPartitioned("Total Cookie Protection")).toBe("kept, partitioned (Total Cookie Protection)");
    expect(UI_TEXT.fr.embed.keptPartitioned("CHIPS")).toBe("gardé, partitionné (CHIPS)");
  });
});
