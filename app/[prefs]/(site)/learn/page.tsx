import type { Metadata } from "next";
import Link from "next/link";
import { LessonDoneMark, ProgressSummary } from "@/components/study/lesson-progress";
import { lessons } from "@/content/navigation";
import { quizzes } from "@/content/quizzes";
import { answerKey } from "@/lib/study/progress";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn, UI_TEXT } from "@/lib/preferences/ui-text";

type Props = { params: Promise<{ prefs: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { learn } = UI_TEXT[langOfSegment((await params).prefs)];
  return { title: learn.title, description: learn.description };
}

export default async function LearnPage({ params }: Props) {
  const lang = langOfSegment((await params).prefs);
  const text = UI_TEXT[lang].learn;
  const keys = Object.fromEntries(lessons.map((l) => [l.slug, answerKey(quizzes[l.slug] ?? [])]));
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{text.title}</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{text.intro}</p>
      {/* The lessons' titles and summaries are in English, as the lessons are. */}
      <ol className="mt-8 space-y-3" lang={englishOn(lang)}>
        {lessons.map((l, i) => (
          <li
            key={l.slug}
            className="relative rounded-xl border border-stone-200 p-4 hover:border-cookie-600 dark:border-stone-700 dark:hover:border-amber-400"
          >
            <LessonDoneMark slug={l.slug} answerKey={keys[l.slug]!} />
            <h2 className="pr-16 font-semibold">
              <span className="mr-2 text-stone-600 dark:text-stone-400">{i + 1}.</span>
              <Link href={`/learn/${l.slug}`} className="underline-offset-4 hover:underline">
                {l.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{l.summary}</p>
          </li>
        ))}
      </ol>
      <section aria-labelledby="progress" className="mt-10" lang={englishOn(lang)}>
        <h2 id="progress" className="scroll-mt-6 text-xl font-semibold">
          Your progress
        </h2>
        <ProgressSummary keys={keys} />
      </section>
      <section aria-labelledby="study-aids" className="mt-10" lang={englishOn(lang)}>
        <h2 id="study-aids" className="text-xl font-semibold">
          Study aids
        </h2>
        {/* Paragraphs, not a list: the list items on this page are the lessons. */}
        <p className="mt-3">
          <Link href="/glossary" className="font-medium underline underline-offset-4">
            Glossary
          </Link>
          : every term the lessons use, with a link to where it is taught.
        </p>
        <p className="mt-1.5">
          <Link href="/cheat-sheet" className="font-medium underline underline-offset-4">
            Cheat sheet
          </Link>
          : the attributes, prefixes, limits and the four mechanisms on one printable page.
        </p>
        <p className="mt-1.5">
          <Link href="/search" className="font-medium underline underline-offset-4">
            Search
          </Link>{" "}
          the lessons, demos and glossary.
        </p>
      </section>
    </div>
  );
}
