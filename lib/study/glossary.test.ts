import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { glossary } from "@/content/glossary";
import { lessons } from "@/content/navigation";
import { mdxComponents } from "@/components/lessons/mdx-components";
import { compileLesson } from "@/lib/lessons/compile";
import { readLessonSource } from "@/lib/lessons/load";
import type { LessonFacts } from "@/lib/lessons/remark-lesson";
import { allLessonFacts } from "./lesson-facts";

let facts: Map<string, LessonFacts>;
beforeAll(async () => {
  facts = await allLessonFacts();
});

async function render(source: string): Promise<string> {
  const { Content } = await compileLesson(source);
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents }));
}

const glossaryLinks = (html: string) =>
  [...html.matchAll(/<a [^>]*href="\/glossary#([a-z0-9-]+)"[^>]*>(.*?)<\/a>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, "`")]);

describe("content/glossary.ts", () => {
  it("should point every term at an existing lesson and one of its heading ids", () => {
    const broken = glossary.filter((t) => !facts.get(t.lesson)?.toc.some((h) => h.id === t.heading)).map((t) => `${t.id} → /learn/${t.lesson}#${t.heading}`);
    expect(broken).toEqual([]);
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it("should give every term a unique id, a definition of one or two sentences, and words to find it by", () => {
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    for (const t of glossary) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.matches.length).toBeGreaterThan(0);
      expect(t.definition.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length, t.id).toBeLessThanOrEqual(3);
    }
  });

  it("should cover the terms the issue names", () => {
    const ids = glossary.map((t) => t.id);
    for (const id of [
      "cookie",
      "session",
      "set-cookie",
      "samesite",
      "httponly",
      "secure",
      "partitioned",
      "cookie-prefixes",
      "sealed-cookie",
      "jwt",
      "jwks",
      "csrf",
      "xss",
      "fixation",
      "idle-timeout",
      "absolute-timeout",
      "registrable-domain",
      "same-site",
      "same-origin",
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe("remarkGlossary", () => {
  it("should link the first use of a term in the prose, and only the first", async () => {
    const html = await render("A cookie is small. Another cookie here.\n\nThe `HttpOnly` flag, and `HttpOnly` again.\n");
    expect(glossaryLinks(html)).toEqual([
      ["cookie", "cookie"],
      ["httponly", "`HttpOnly`"],
    ]);
  });

  it("should leave headings, links, code blocks and the You will learn list alone", async () => {
    const html = await render(
      "<YouWillLearn>\n\n- What CSRF is\n\n</YouWillLearn>\n\n## CSRF {/*csrf*/}\n\nSee [CSRF](/learn/security#csrf).\n\n```http\nSet-Cookie: a=b\n```\n\nNow CSRF in text.\n",
    );
    expect(glossaryLinks(html)).toEqual([["csrf", "CSRF"]]);
    expect(html).toMatch(/<h2 [^>]*id="csrf">CSRF<\/h2>/);
    expect(html).toMatch(/Now <a [^>]*href="\/glossary#csrf"[^>]*>CSRF<\/a> in text\./);
  });

  it("should keep letter case where it matters, and find whole words only", async () => {
    const html = await render("A secure site. Then Secure. Not a cookiejar: a cookie.\n\nThe `__Host-sid` name.\n");
    expect(glossaryLinks(html)).toEqual([
      ["secure", "Secure"],
      ["cookie", "cookie"],
      ["cookie-prefixes", "`__Host-sid`"],
    ]);
  });

  it.each(lessons.map((l) => l.slug))("should link several terms in the lesson %s, none of them twice", async (slug) => {
    const links = glossaryLinks(await render(await readLessonSource(slug))).map(([id]) => id);
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(new Set(links).size).toBe(links.length);
  });
});

describe("lessonsByDemo", () => {
  it("should find each demo's lessons in reading order, from the lessons' MDX, and each demo at most once per lesson", async () => {
    const { lessonsByDemo } = await import("./lesson-facts");
    const byDemo = lessonsByDemo(facts);
    expect(byDemo.get("login")?.map((l) => l.slug)).toEqual(["login-flow", "security"]);
    expect(byDemo.get("cookie-basics")?.map((l) => l.slug)).toEqual(["why-state", "cookies", "express-and-nextjs"]);
    // The /demos cards link to /learn/<slug>#demo-<id>: one placement per lesson keeps that id unique.
    for (const [slug, f] of facts) expect(new Set(f.demoIds).size, slug).toBe(f.demoIds.length);
  });
});

describe("content/cheat-sheet.ts", () => {
  it("should point every attribute and prefix row at an existing lesson heading", async () => {
    const { attributeRows, prefixRows } = await import("@/content/cheat-sheet");
    const broken = [...attributeRows, ...prefixRows]
      .map((r) => r.lesson.split("#") as [string, string])
      .filter(([slug, id]) => !facts.get(slug)?.toc.some((h) => h.id === id));
    expect(broken).toEqual([]);
  });
});
