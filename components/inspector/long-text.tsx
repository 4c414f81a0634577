"use client"; // the learner expands a shortened value in place

import { Fragment, useState } from "react";
import { formatBytes } from "@/lib/inspector/session-view";
import { octets } from "@/lib/cookie/grammar";
import { shortenLongRuns } from "@/lib/inspector/shorten";

/** A run no wider than a narrow column: kept on one line, so `__Host-sid` never wraps after its hyphen. */
const SHORT_RUN = 40;

/**
 * The text as it wraps in a code block: between cookies and attributes (at the spaces after `;`),
 * never inside `theme=dark` or after the hyphen of `__Host-sid`, which the browser would otherwise
 * allow. Paired with `break-words`, which breaks inside a run only when the run alone is wider
 * than the line: a long opaque value such as a token, never a name.
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(\s+)/);
  return (
    <>
      {parts.map((part, i) =>
        part.includes("-") && part.length <= SHORT_RUN ? (
          <span key={i} className="whitespace-nowrap">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** The byte count and the expander of a shortened text; `shown` is what to render. */
export function useLongText(text: string) {
  const [full, setFull] = useState(false);
  const short = shortenLongRuns(text);
  const toggle = short.cut ? (
    <button
      type="button"
      aria-expanded={full}
      onClick={() => setFull((f) => !f)}
      data-testid="show-full"
      className="mt-1 text-xs font-medium text-cookie-800 underline underline-offset-4 dark:text-amber-300"
    >
      {full ? "Shorten the long values" : `Show all ${formatBytes(octets(text))}`}
    </button>
  ) : null;
  return { shown: full || !short.cut ? text : short.text, toggle };
}

/** Text in a code block: long values shortened (with the bytes they hide) behind an expander, and no token broken mid-way. */
export function LongCode({ text, label, className, testId }: { text: string; label?: string; className: string; testId?: string }) {
  const { shown, toggle } = useLongText(text);
  return (
    <>
      <pre aria-label={label} className={className} data-testid={testId}>
        <Breakable text={shown} />
      </pre>
      {toggle}
    </>
  );
}

/** An inline value (a table cell), shortened the same way. */
export function LongInline({ text }: { text: string }) {
  const { shown, toggle } = useLongText(text);
  return (
    <>
      <Breakable text={shown} />
      {toggle && <span className="block">{toggle}</span>}
    </>
  );
}
