import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { lessons } from "@/content/navigation";
import { mdxComponents } from "@/components/lessons/mdx-components";
import { LessonPager } from "@/components/lessons/pager";
import { TocDisclosure, TocSidebar } from "@/components/lessons/toc";
import { SelfCheck } from "@/components/study/self-check";
import { quizzes } from "@/content/quizzes";
import { compileLesson } from "@/lib/lessons/compile";
import { lessonContext, readLessonSource } from "@/lib/lessons/load";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn } from "@/lib/preferences/ui-text";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string; prefs: string }> };

export function generateStaticParams() {
  return lessons.map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lesson } = lessonContext((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

/** One lesson: its MDX compiled at build time, a table of contents, and the way to the next one. */
export default async function LessonPage({ params }: Props) {
  const { slug, prefs } = await params;
  const { lesson, number, previous, next } = lessonContext(slug);
  if (!lesson) notFound();
  const { Content, facts } = await compileLesson(await readLessonSource(slug));
  const questions = quizzes[slug] ?? [];
  // The self-check ends the lesson, so it ends the table of contents too.
  const toc = questions.length ? [...facts.toc, { id: "self-check", text: "Check yourself", depth: 2 }] : facts.toc;
  return (
    // The lessons are in English, whatever the chrome's language.
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10" lang={englishOn(langOfSegment(prefs))}>
      <article aria-labelledby="lesson-title" className="min-w-0 max-w-3xl">
        <header className="mb-6">
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <Link href="/learn" className="underline underline-offset-4">
              Learn
            </Link>{" "}
            · Lesson {number} of {lessons.length}
          </p>
          <h1 id="lesson-title" className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
            {lesson.title}
          </h1>
          <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{lesson.summary}</p>
        </header>
        <TocDisclosure toc={toc} />
        <Content components={mdxComponents} />
        {questions.length > 0 && <SelfCheck slug={slug} questions={questions} />}
        <LessonPager previous={previous} next={next} />
      </article>
      <aside aria-label="Table of contents" className="hidden lg:block">
        <TocSidebar toc={toc} />
      </aside>
    </div>
  );
}
