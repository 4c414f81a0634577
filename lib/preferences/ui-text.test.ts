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
