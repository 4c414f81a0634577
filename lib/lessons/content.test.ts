import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lessons } from "@/content/navigation";
import { demos, getDemo } from "@/components/demos/registry";
import { analyzeLesson } from "./compile";
import { CONTENT_DIR } from "./load";
import type { LessonFacts } from "./remark-lesson";

const FIXED_SLUGS = [
  "why-state",
  "cookies",
  "cookie-attributes",
  "sessions",
  "stateless-tokens",
  "login-flow",
  "security",
  "expiry",
  "scaling-out",
  "comparison",
  "beyond-cookies",
  "express-and-nextjs",
  "myths-and-faq",
];
const PAGES = new Set(["/", "/learn", "/demos", "/tools/explain"]);

const facts = new Map<string, LessonFacts>();
const source = (slug: string) => readFileSync(path.join(CONTENT_DIR, `${slug}.mdx`), "utf8");

beforeAll(async () => {
  for (const l of lessons) facts.set(l.slug, await analyzeLesson(source(l.slug)));
});

/** Why a link from `slug` is broken, or null when it leads somewhere real. */
function brokenLink(slug: string, href: string): string | null {
  if (/^https:\/\/[^/]/.test(href)) return null;
  const [pathname = "", hash] = href.split("#");
  if (pathname === "") return facts.get(slug)!.toc.some((h) => h.id === hash) ? null : `no heading #${hash} here`;
  const lesson = /^\/learn\/([a-z-]+)$/.exec(pathname)?.[1];
  if (lesson) {
    const target = facts.get(lesson);
    if (!target) return `no lesson "${lesson}"`;
    return hash === undefined || target.toc.some((h) => h.id === hash) ? null : `no heading #${hash} in ${lesson}`;
  }
  const demo = /^\/demos\/([a-z-]+)$/.exec(pathname)?.[1];
  if (demo) return getDemo(demo) ? null : `no demo "${demo}"`;
  return PAGES.has(pathname) && hash === undefined ? null : "not a page of this site";
}

describe("content/", () => {
  it("should list the thirteen lessons in the fixed order, each with its MDX file and nothing more", () => {
    expect(lessons.map((l) => l.slug)).toEqual(FIXED_SLUGS);
    const files = readdirSync(CONTENT_DIR)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => f.replace(/\.mdx$/, ""));
    expect(files.sort()).toEqual([...FIXED_SLUGS].sort());
  });

  it.each(FIXED_SLUGS)("should give every heading of %s an explicit, unique id and no h1", (slug) => {
    expect(facts.get(slug)!.problems).toEqual([]);
    expect(facts.get(slug)!.toc.length).toBeGreaterThanOrEqual(3);
  });

  it.each(FIXED_SLUGS)("should open %s with a short You will learn list", (slug) => {
    expect(source(slug).trimStart()).toMatch(/^<YouWillLearn>\n\n(- .+\n){2,6}\n<\/YouWillLearn>/);
  });

  it.each(FIXED_SLUGS)("should place at least one demo in %s, each a registered demo", (slug) => {
    const ids = facts.get(slug)!.demoIds;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !getDemo(id))).toEqual([]);
  });

  it("should place every registered demo in at least one lesson", () => {
    const used = new Set([...facts.values()].flatMap((f) => f.demoIds));
    expect(demos.map((d) => d.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("should have no broken link in any lesson", () => {
    const broken = [...facts].flatMap(([slug, f]) => f.links.map((href) => [slug, href, brokenLink(slug, href)] as const).filter(([, , why]) => why));
    expect(broken).toEqual([]);
  });

  it("should point every registered demo at a real lesson", () => {
    for (const d of demos) {
      expect(FIXED_SLUGS).toContain(d.lesson);
    }
  });

  it("should tell a broken link from a good one", () => {
    expect(brokenLink("cookies", "/learn/expiry#idle-and-absolute")).toBeNull();
    expect(brokenLink("cookies", "/learn/expiry#nowhere")).toBe("no heading #nowhere in expiry");
    expect(brokenLink("cookies", "/learn/nope")).toBe('no lesson "nope"');
    expect(brokenLink("cookies", "/demos/nope")).toBe('no demo "nope"');
    expect(brokenLink("cookies", "http://example.com/")).toBe("not a page of this site");
  });
});
