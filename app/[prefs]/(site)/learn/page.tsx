import type { Metadata } from "next";
import Link from "next/link";
import { lessons } from "@/content/navigation";
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
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{text.title}</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{text.intro}</p>
      {/* The lessons' titles and summaries are in English, as the lessons are. */}
      <ol className="mt-8 space-y-3" lang={englishOn(lang)}>
        {lessons.map((l, i) => (
          <li key={l.slug} className="rounded-xl border border-stone-200 p-4 hover:border-cookie-600 dark:border-stone-700 dark:hover:border-amber-400">
            <h2 className="font-semibold">
              <span className="mr-2 text-stone-600 dark:text-stone-400">{i + 1}.</span>
              <Link href={`/learn/${l.slug}`} className="underline-offset-4 hover:underline">{l.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{l.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
