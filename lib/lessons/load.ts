import { readFile } from "node:fs/promises";
import path from "node:path";
import { lessonIndex, lessons } from "@/content/navigation";

export const CONTENT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "content");

/** A lesson's MDX source, by slug. Only slugs from content/navigation.ts are read. */
export async function readLessonSource(slug: string): Promise<string> {
  if (lessonIndex(slug) < 0) throw new Error(`No lesson "${slug}" in content/navigation.ts.`);
  return readFile(path.join(/* turbopackIgnore: true */ CONTENT_DIR, `${slug}.mdx`), "utf8");
}

/** The lesson and its neighbours, for the previous/next links. */
export function lessonContext(slug: string) {
  const i = lessonIndex(slug);
  return { lesson: lessons[i], number: i + 1, previous: lessons[i - 1], next: lessons[i + 1] };
}
