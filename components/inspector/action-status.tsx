"use client"; // the link scrolls to the inspector and moves focus there

/** What useExchanges() returns that the status line needs. */
interface Exchanges {
  announcement: string;
  anchor: string;
}

/**
 * The outcome of the last action, said next to the buttons that caused it (and to screen readers),
 * with a link to the inspector's step: on a phone the inspector is a screen or more further down.
 * Give the same `anchor` to the <Inspector> that shows these steps.
 */
export function ActionStatus({ exchanges, inspector = "the inspector" }: { exchanges: Exchanges; inspector?: string }) {
  const { announcement, anchor } = exchanges;
  return (
    <p role="status" aria-live="polite" data-testid="action-status" className="min-h-5 text-sm text-stone-700 dark:text-stone-300">
      {announcement && (
        <>
          {announcement}{" "}
          <a
            href={`#${anchor}`}
            className="font-medium whitespace-nowrap underline underline-offset-4"
            onClick={(e) => {
              const target = document.getElementById(anchor);
              if (!target) return;
              e.preventDefault();
              const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
              target.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
              target.focus({ preventScroll: true });
            }}
          >
            Show it in {inspector} ↓
          </a>
        </>
      )}
    </p>
  );
}
