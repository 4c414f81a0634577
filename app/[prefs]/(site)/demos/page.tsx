import type { Metadata } from "next";
import Link from "next/link";
import { demoMetas } from "@/components/demos/metas";
import { allLessonFacts, lessonsByDemo } from "@/lib/study/lesson-facts";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn, UI_TEXT } from "@/lib/preferences/ui-text";

type Props = { params: Promise<{ prefs: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { demos: text } = UI_TEXT[langOfSegment((await params).prefs)];
  return { title: text.title, description: text.description };
}

export default async function DemosPage({ params }: Props) {
  const lang = langOfSegment((await params).prefs);
  const text = UI_TEXT[lang].demos;
  // Read from the lessons' MDX at build time: the lessons that place each demo.
  const usedIn = lessonsByDemo(await allLessonFacts());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{text.heading}</h1>
      <p className="max-w-3xl text-stone-700 dark:text-stone-300">{text.intro}</p>
      {/* The demos' titles and summaries are in English, as the demos are. */}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" lang={englishOn(lang)}>
        {demoMetas.map((d) => (
          <li key={d.id} className="rounded-xl border border-stone-200 p-4 hover:border-cookie-600 dark:border-stone-700 dark:hover:border-amber-400">
            <h2 className="font-semibold">
              <Link href={`/demos/${d.id}`} className="underline-offset-4 hover:underline">
                {d.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{d.summary}</p>
            {(usedIn.get(d.id) ?? []).length > 0 && (
              <p className="mt-2 text-sm" data-testid={`used-in-${d.id}`}>
                <span className="text-stone-600 dark:text-stone-400">In the lessons: </span>
                {(usedIn.get(d.id) ?? []).map((l, i) => (
                  <span key={l.slug}>
                    {i > 0 && ", "}
                    <Link href={`/learn/${l.slug}#demo-${d.id}`} className="underline underline-offset-4">
                      {l.title}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
