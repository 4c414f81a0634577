import { compile, run } from "@mdx-js/mdx";
import rehypeShiki from "@shikijs/rehype";
import type { ComponentType } from "react";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { glossary } from "@/content/glossary";
import { remarkGlossary } from "@/lib/study/remark-glossary";
import { remarkIncludeFiles } from "./remark-include-files";
import { remarkLesson, type LessonFacts } from "./remark-lesson";
import { shikiOptions } from "./shiki-options";

export type LessonContent = ComponentType<{ components?: Record<string, unknown> }>;

function remarkPlugins(root: string) {
  // remarkGlossary runs after remarkLesson, so the links it adds are not counted among the lesson's own.
  return [remarkGfm, remarkIncludeFiles({ root }), remarkLesson, remarkGlossary(glossary)];
}

/** Reads a lesson's facts (headings, links, demo ids) without highlighting or running it. */
export async function analyzeLesson(source: string, root = process.cwd()): Promise<LessonFacts> {
  const file = await compile(source, { outputFormat: "function-body", remarkPlugins: remarkPlugins(root) });
  return file.data.lesson as LessonFacts;
}

/**
 * Compiles a lesson's MDX into a component, with its code highlighted by Shiki. Runs while the
 * site is built (the lesson pages are prerendered), never in the browser.
 */
export function compileLesson(source: string, root = process.cwd()): Promise<{ Content: LessonContent; facts: LessonFacts }> {
  // Each lesson is prerendered in six theme and language variants; compile its source once.
  const key = `${root}\0${source}`;
  let compiled = compiledLessons.get(key);
  if (!compiled) {
    compiled = compileLessonUncached(source, root);
    compiledLessons.set(key, compiled);
  }
  return compiled;
}

const compiledLessons = new Map<string, Promise<{ Content: LessonContent; facts: LessonFacts }>>();

async function compileLessonUncached(source: string, root: string): Promise<{ Content: LessonContent; facts: LessonFacts }> {
  const file = await compile(source, {
    outputFormat: "function-body",
    remarkPlugins: remarkPlugins(root),
    rehypePlugins: [[rehypeShiki, shikiOptions]],
  });
  const mod = await run(String(file), { ...runtime, baseUrl: import.meta.url });
  return { Content: mod.default as LessonContent, facts: file.data.lesson as LessonFacts };
}
