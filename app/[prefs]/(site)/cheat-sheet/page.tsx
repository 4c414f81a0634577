import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { attributeRows, limitRows, prefixRows } from "@/content/cheat-sheet";
import { lessons } from "@/content/navigation";
import { mechanisms } from "@/lib/mechanisms";
import { allLessonFacts } from "@/lib/study/lesson-facts";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn } from "@/lib/preferences/ui-text";

type Props = { params: Promise<{ prefs: string }> };

export const metadata: Metadata = {
  title: "Cheat sheet",
  description: "Cookie attributes, name prefixes, size and count limits, and the four ways to keep state, on one printable page.",
};

const TABLE =
  "w-full min-w-[36rem] border-collapse text-left text-sm [&_td]:border-b [&_td]:border-stone-200 [&_td]:py-2 [&_td]:pr-4 [&_td]:align-top [&_tbody_th]:border-b [&_tbody_th]:border-stone-200 [&_tbody_th]:py-2 [&_tbody_th]:pr-4 [&_tbody_th]:align-top [&_thead_th]:border-b-2 [&_thead_th]:border-stone-300 [&_thead_th]:py-2 [&_thead_th]:pr-4 [&_thead_th]:align-bottom dark:[&_td]:border-stone-800 dark:[&_tbody_th]:border-stone-800 dark:[&_thead_th]:border-stone-600";

function Sheet({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="cheat-section mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div
        role="region"
        aria-label={`${title}: table, scrolls sideways on narrow screens`}
        tabIndex={0}
        className="mt-3 overflow-x-auto print:overflow-visible"
      >
        {children}
      </div>
    </section>
  );
}

/** One printable page: attributes, prefixes, limits, and the four mechanisms compared. The print rules are in globals.css. */
export default async function CheatSheetPage({ params }: Props) {
  const lang = langOfSegment((await params).prefs);
  const facts = await allLessonFacts();
  /** "Cookie attributes: SameSite" for cookie-attributes#samesite: a link that names where it leads. */
  const sectionName = (target: string) => {
    const [slug = "", id] = target.split("#");
    return `${lessons.find((l) => l.slug === slug)?.title}: ${facts.get(slug)?.toc.find((h) => h.id === id)?.text}`;
  };
  return (
    <div className="cheat-sheet max-w-5xl" lang={englishOn(lang)}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Cookie and session cheat sheet</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        Everything on one page, as of December 2026. Print it (it drops the site&apos;s header and footer and prints black on white), or follow a link to the
        lesson that explains a line.
      </p>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300 print:hidden">
        A session cookie example: <code className="font-mono">Set-Cookie: __Host-sid=…; Path=/; Secure; HttpOnly; SameSite=Lax</code>
      </p>

      <Sheet id="attributes" title="Set-Cookie attributes">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">What it does</th>
              <th scope="col">Taught in</th>
            </tr>
          </thead>
          <tbody>
            {attributeRows.map((r) => (
              <tr key={r.name}>
                <th scope="row" className="font-mono font-normal whitespace-nowrap">
                  {r.name}
                </th>
                <td>{r.what}</td>
                <td>
                  <Link href={`/learn/${r.lesson}`} className="underline underline-offset-4">
                    {sectionName(r.lesson)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Sheet>

      <Sheet id="prefixes" title="Name prefixes">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Prefix</th>
              <th scope="col">Accepted only with</th>
              <th scope="col">Enforced by</th>
            </tr>
          </thead>
          <tbody>
            {prefixRows.map((r) => (
              <tr key={r.prefix}>
                <th scope="row" className="font-mono font-normal whitespace-nowrap">
                  {r.prefix}
                </th>
                <td>{r.what}</td>
                <td>{r.support}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Sheet>

      <Sheet id="limits" title="Limits">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Limit</th>
              <th scope="col">Value</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {limitRows.map((r) => (
              <tr key={r.limit}>
                <th scope="row" className="font-normal">
                  {r.limit}
                </th>
                <td className="font-semibold whitespace-nowrap">{r.value}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Sheet>

      <Sheet id="mechanisms" title="The four ways to keep state">
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">Mechanism</th>
              <th scope="col">Where the data lives</th>
              <th scope="col">What the browser holds</th>
              <th scope="col">Can the server revoke it?</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {mechanisms.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.dataLives}</td>
                <td>{m.browserHolds}</td>
                <td>{m.revocable}</td>
                <td>{m.size}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Sheet>
      <p className="mt-4 text-sm">
        The full comparison, with lifetime, scaling and cost per request:{" "}
        <Link href="/learn/comparison#table" className="underline underline-offset-4">
          the comparison lesson
        </Link>
        . Every term:{" "}
        <Link href="/glossary" className="underline underline-offset-4">
          the glossary
        </Link>
        .
      </p>
    </div>
  );
}
