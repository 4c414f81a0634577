import { beforeAll, describe, expect, it } from "vitest";
import { demoMetas } from "@/components/demos/metas";
import { glossary } from "@/content/glossary";
import { lessons } from "@/content/navigation";
import { allLessonFacts } from "./lesson-facts";
import { buildSearchIndex, searchIndex, type SearchEntry } from "./search-index";

let index: SearchEntry[];
beforeAll(async () => {
  index = buildSearchIndex({ lessons, facts: await allLessonFacts(), demos: demoMetas, glossary });
});

const hrefs = (q: string) => searchIndex(index, q).map((e) => e.href);

describe("the search index", () => {
  it("should hold every lesson, every lesson heading, every demo and every glossary term, each once", async () => {
    const facts = await allLessonFacts();
    const headings = [...facts.values()].reduce((n, f) => n + f.toc.length, 0);
    expect(index.filter((e) => e.kind === "lesson")).toHaveLength(lessons.length);
    expect(index.filter((e) => e.kind === "section")).toHaveLength(headings);
    expect(index.filter((e) => e.kind === "demo")).toHaveLength(demoMetas.length);
    expect(index.filter((e) => e.kind === "glossary")).toHaveLength(glossary.length);
    expect(new Set(index.map((e) => e.href)).size).toBe(index.length);
  });

  it("should find the glossary entry, the lesson section and the demo for a term", () => {
    const found = hrefs("samesite");
    expect(found[0]).toBe("/glossary#samesite");
    expect(found).toContain("/learn/cookie-attributes#samesite");
    expect(found).toContain("/demos/attributes");
  });

  it("should need every word of the query, in any case and order", () => {
    expect(hrefs("FIXATION session")).toContain("/learn/security#fixation");
    expect(hrefs("session fixation")).toEqual(hrefs("fixation SESSION"));
    expect(hrefs("fixation zebra")).toEqual([]);
  });

  it("should rank a title match above a match in the text", () => {
    const found = searchIndex(index, "rolling");
    // "Rolling sessions" (a heading) and "Rolling session" (a term) before the lesson whose summary says "rolling".
    expect(
      found
        .slice(0, 2)
        .map((e) => e.title.toLowerCase())
        .every((t) => t.startsWith("rolling")),
    ).toBe(true);
    expect(found.map((e) => e.href)).toContain("/learn/expiry");
    expect(found.findIndex((e) => e.href === "/learn/expiry")).toBeGreaterThan(1);
  });

  it("should find nothing for an empty or punctuation-only query", () => {
    expect(searchIndex(index, "")).toEqual([]);
    expect(searchIndex(index, "  ;;; ")).toEqual([]);
  });
});
