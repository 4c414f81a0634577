import type { Metadata } from "next";
import Link from "next/link";
import { glossary } from "@/content/glossary";
import { lessons } from "@/content/navigation";
import { allLessonFacts } from "@/lib/study/lesson-facts";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn } from "@/lib/preferences/ui-text";

type Props = { params: Promise<{ prefs: string }> };

export const metadata: Metadata = {
  title: "Glossary",
  description: "Every term the lessons use, from cookie and Set-Cookie to CSRF, JWKS and session fixation, each with a link to where it is taught.",
};

/** Every glossary term, A to Z, with its definition and the lesson section that teaches it (content/glossary.ts). */
export default async function GlossaryPage({ params }: Props) {
  const lang = langOfSegment((await params).prefs);
  const facts = await allLessonFacts();
  const sorted = [...glossary].sort((a, b) => a.term.replace(/^_+/, "").localeCompare(b.term.replace(/^_+/, ""), "en", { sensitivity: "base" }));
  return (
    // The glossary is in English, as the lessons are.
    <div className="max-w-3xl" lang={englishOn(lang)}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Glossary</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        Every term the lessons use, in a sentence or two, with a link to the section that teaches it. In the lessons, the first use of each term links here.
      </p>
      <dl className="mt-8 divide-y divide-stone-200 dark:divide-stone-800">
        {sorted.map((t) => {
          const lesson = lessons.find((l) => l.slug === t.lesson);
          const heading = facts.get(t.lesson)?.toc.find((h) => h.id === t.heading);
          return (
            <div key={t.id} id={t.id} className="scroll-mt-6 py-4 target:bg-cookie-50 dark:target:bg-stone-900">
              <dt className="text-lg font-semibold">{t.term}</dt>
              <dd className="mt-1 leading-7">{t.definition}</dd>
              <dd className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                Taught in{" "}
                <Link href={`/learn/${t.lesson}#${t.heading}`} className="font-medium underline underline-offset-4">
                  {lesson?.title}: {heading?.text}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
