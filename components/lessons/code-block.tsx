import type { ReactNode } from "react";

/**
 * A fenced code block, already highlighted by Shiki at build time. `data-title` comes from the
 * block's `title="…"` or `file="…"` meta and becomes a caption.
 */
export function CodeBlock({ children, "data-title": title }: { children?: ReactNode; "data-title"?: string }) {
  const pre = (
    <pre
      tabIndex={0}
      className={`overflow-x-auto border border-stone-200 bg-stone-50 p-4 text-[0.8125rem] leading-6 dark:border-stone-700 dark:bg-stone-900 [&_code]:bg-transparent [&_code]:p-0 [&_code]:text-[length:inherit] ${title ? "rounded-b-lg" : "rounded-lg"}`}
    >
      {children}
    </pre>
  );
  if (!title) return <div className="my-5">{pre}</div>;
  return (
    <figure className="my-5">
      <figcaption className="rounded-t-lg border border-b-0 border-stone-200 bg-stone-100 px-4 py-1.5 font-mono text-xs text-stone-700 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-300">
        {title}
      </figcaption>
      {pre}
    </figure>
  );
}
