import type { ReactNode } from "react";

/** The lesson's opening list: what a reader will be able to do afterwards. */
export function YouWillLearn({ children }: { children: ReactNode }) {
  return (
    <section aria-label="You will learn" className="my-6 rounded-xl border border-sky-200 bg-sky-50 px-5 py-4 dark:border-sky-900 dark:bg-sky-950/40">
      <p className="font-semibold text-sky-900 dark:text-sky-200">You will learn</p>
      <div className="[&_ul]:my-2">{children}</div>
    </section>
  );
}

/** A mistake people make, and often a claim of the source articles we correct. */
export function Pitfall({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="note" className="my-6 rounded-xl border-l-4 border-red-700 bg-red-50 px-5 py-4 dark:border-red-400 dark:bg-red-950/30">
      <p className="font-semibold text-red-900 dark:text-red-200">Pitfall{title ? `: ${title}` : ""}</p>
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </div>
  );
}

/** Optional detail, folded away so the main line of the lesson stays short. */
export function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="my-6 rounded-xl border border-violet-200 bg-violet-50 px-5 py-3 dark:border-violet-900 dark:bg-violet-950/30">
      <summary className="cursor-pointer font-semibold text-violet-900 dark:text-violet-200">
        <span className="mr-2 text-xs font-bold uppercase tracking-wide">Deep dive</span>
        {title}
      </summary>
      <div className="mt-2 [&>p:last-child]:mb-1">{children}</div>
    </details>
  );
}

/** Two things side by side (one above the other on narrow screens). Its children are `<Side>`s. */
export function Compare({ children }: { children: ReactNode }) {
  return <div className="my-6 grid gap-4 md:grid-cols-2">{children}</div>;
}

export function Side({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-xl border border-stone-200 px-4 py-3 dark:border-stone-700">
      <p className="font-semibold">{title}</p>
      <div className="text-[0.95rem] [&>p:last-child]:mb-0 [&_pre]:text-xs">{children}</div>
    </section>
  );
}
