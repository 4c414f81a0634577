import { useId, type ReactNode } from "react";
import type { RawBytes } from "@/lib/exchange/wire-text";
import { describeRawBytes } from "@/lib/inspector/raw-bytes";
import { LongCode } from "./long-text";

/** One column of the inspector: a numbered heading, a one-line caption, and its content. */
export function Column({ n, title, caption, children }: { n: number; title: string; caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-700 dark:bg-stone-900">
      <h3 id={id} className="flex items-baseline gap-2 text-sm font-semibold">
        <span
          aria-hidden="true"
          className="inline-flex h-5 w-5 items-center justify-center rounded-full bg-cookie-100 text-xs text-cookie-800 dark:bg-stone-700 dark:text-amber-200"
        >
          {n}
        </span>
        {title}
      </h3>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{caption}</p>
      <div className="mt-3 text-sm">{children}</div>
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-stone-600 italic dark:text-stone-400">{children}</p>;
}

/** A header, cookie string or JSON: long values shortened behind an expander (long-text.tsx), tokens kept whole. */
export function Code({ children, label }: { children: string; label?: string }) {
  return (
    <LongCode
      text={children}
      label={label}
      className="rounded bg-stone-100 p-2 font-mono text-xs break-words whitespace-pre-wrap text-stone-900 dark:bg-stone-800 dark:text-stone-100"
    />
  );
}

/** Beside text that is not plain ASCII: its byte count and bytes (the text is them decoded as UTF-8). */
export function RawNote({ raw }: { raw?: RawBytes | null }) {
  if (!raw) return null;
  return (
    <p data-testid="raw-bytes" className="mt-1 font-mono text-xs break-all text-stone-600 dark:text-stone-400">
      {describeRawBytes(raw)}
    </p>
  );
}
