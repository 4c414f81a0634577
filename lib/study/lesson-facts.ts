import { lessons } from "@/content/navigation";
import { analyzeLesson } from "@/lib/lessons/compile";
import { readLessonSource } from "@/lib/lessons/load";
import type { LessonFacts } from "@/lib/lessons/remark-lesson";

let all: Promise<Map<string, LessonFacts>> | null = null;

/**
 * Every lesson's facts (headings, links, the demos it places), read from its MDX once per process:
 * at build time for /demos, /glossary and the search index; never in the browser.
 */
export function allLessonFacts(): Promise<Map<string, LessonFacts>> {
  all ??= (async () => {
    const entries = await Promise.all(lessons.map(async (l) => [l.slug, await analyzeLesson(await readLessonSource(l.slug))] as const));
    return new Map(entries);
  })();
  return all;
}

/** For each demo id, the lessons that place it, in reading order. */
export function lessonsByDemo(facts: Map<string, LessonFacts>): Map<string, { slug: string; title: string }[]> {
  const byDemo = new Map<string, { slug: string; title: string }[]>();
  for (const lesson of lessons) {
    for (const id of new Set(facts.get(lesson.slug)?.demoIds ?? [])) {
      byDemo.set(id, [...(byDemo.get(id) ?? []), { slug: lesson.slug, title: lesson.title }]);
    }
  }
  return byDemo;
}
