import Link from "next/link";
import { lessons } from "@/content/navigation";
import { mechanisms } from "@/lib/mechanisms";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn, UI_TEXT } from "@/lib/preferences/ui-text";

const first = lessons[0]!;

export default async function HomePage({ params }: { params: Promise<{ prefs: string }> }) {
  const lang = langOfSegment((await params).prefs);
  const { home: text } = UI_TEXT[lang];
  // The lesson title and the table's cells are English content: marked so on a page in another language.
  const english = englishOn(lang);
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{text.heading}</h1>
        <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{text.intro}</p>
        <ul className="mt-4 space-y-1 text-stone-700 dark:text-stone-300">
          {text.points.map((p) => (
            <li key={p.lead}>
              <strong className="text-stone-900 dark:text-stone-100">{p.lead}</strong>
              {p.rest}
            </li>
          ))}
        </ul>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href={`/learn/${first.slug}`}
            className="rounded-md bg-cookie-700 px-4 py-2 font-medium text-white hover:bg-cookie-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
          >
            {text.startLesson} <span lang={english}>{first.title}</span>
          </Link>
          <Link
            href="/learn"
            className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {text.allLessons}
          </Link>
          <Link
            href="/demos"
            className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            {text.allDemos}
          </Link>
        </div>
      </section>
      <section aria-labelledby="compare">
        <h2 id="compare" className="text-2xl font-semibold tracking-tight">
          {text.compareHeading}
        </h2>
        <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">{text.compareIntro}</p>
        {/* Where the table is wider than the screen (below md), a line says it scrolls: a cut-off edge alone does not. */}
        <p id="compare-scroll" data-testid="compare-scroll" className="mt-4 text-sm text-stone-700 md:hidden dark:text-stone-300">
          <span aria-hidden="true">↔ </span>
          {text.compareScroll}
        </p>
        <div className="mt-2 overflow-x-auto md:mt-4" tabIndex={0} role="region" aria-label={text.compareTable} aria-describedby="compare-scroll">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-600">
                <th scope="col" className="py-2 pr-4">
                  {text.compareColumns.mechanism}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {text.compareColumns.dataLives}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {text.compareColumns.browserHolds}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {text.compareColumns.revocable}
                </th>
                <th scope="col" className="py-2">
                  {text.compareColumns.size}
                </th>
              </tr>
            </thead>
            <tbody lang={english}>
              {mechanisms.map((m) => (
                <tr key={m.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {m.name}
                  </th>
                  <td className="py-2 pr-4">{m.dataLives}</td>
                  <td className="py-2 pr-4">{m.browserHolds}</td>
                  <td className="py-2 pr-4">{m.revocable}</td>
                  <td className="py-2">{m.size}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-4">
          <Link href="/learn/comparison" className="font-medium text-cookie-700 underline underline-offset-4 dark:text-amber-300">
            {text.compareLink}
          </Link>
        </p>
      </section>
    </div>
  );
}
