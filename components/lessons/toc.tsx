import type { TocEntry } from "@/lib/lessons/remark-lesson";

function TocList({ toc }: { toc: TocEntry[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {toc.map((h) => (
        <li key={h.id} className={h.depth > 2 ? "pl-4" : undefined}>
          <a
            href={`#${h.id}`}
            className="block rounded px-2 py-1 text-stone-700 hover:bg-stone-100 hover:text-stone-950 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white"
          >
            {h.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

const shown = (toc: TocEntry[]) => toc.filter((h) => h.depth <= 3);

/** The lesson's headings on narrow screens: a closed disclosure above the text. */
export function TocDisclosure({ toc }: { toc: TocEntry[] }) {
  return (
    <details className="mb-6 rounded-lg border border-stone-200 px-3 py-2 lg:hidden dark:border-stone-700">
      <summary className="cursor-pointer text-sm font-semibold">On this page</summary>
      <nav aria-label="On this page" className="mt-2">
        <TocList toc={shown(toc)} />
      </nav>
    </details>
  );
}

/** The lesson's headings on wide screens: a sticky column beside the text. */
export function TocSidebar({ toc }: { toc: TocEntry[] }) {
  return (
    <nav aria-label="On this page" data-toc="wide" className="sticky top-6 max-h-[calc(100vh-3rem)] overflow-y-auto">
      <p className="mb-2 px-2 text-xs font-bold uppercase tracking-wide text-stone-600 dark:text-stone-400">On this page</p>
      <TocList toc={shown(toc)} />
    </nav>
  );
}
