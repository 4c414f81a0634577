"use client"; // the learner picks which step to inspect

import { useId, useState, type ReactNode } from "react";
import { useEmbed } from "@/components/embed/embed-context";
import { DEFAULT_EMBED_OPTIONS, type InspectorColumn } from "@/lib/embed/options";
import { CurlBox } from "./curl-box";
import { JavaScriptColumn } from "./javascript-column";
import { RequestColumn } from "./request-column";
import { RefusedNotice } from "./refused-notice";
import { ResponseColumn } from "./response-column";
import { SequenceDiagram } from "./sequence-diagram";
import { ServerColumn } from "./server-column";
import type { Step } from "./types";

// Grid classes per number of columns shown, spelled out so Tailwind sees them. By the inspector's own
// width (a container query), not the window's: in a ~700 px lesson column four columns would be
// ~165 px each and break a header mid-token, so they go 2×2 there and four abreast only from 64rem.
const GRID: Record<number, string> = { 1: "", 2: "@2xl:grid-cols-2", 3: "@3xl:grid-cols-3", 4: "@2xl:grid-cols-2 @5xl:grid-cols-4" };

/**
 * The side-by-side view of one step (newest by default) and the history of the last steps. In an
 * embed, the instructor's options choose the columns (cols=) and drop the diagram and curl (compact).
 * `pageSteps`: every step the page made, where two inspectors share one page (the cart), so the
 * JavaScript column can name the real reason a cookie the other half set is hidden.
 */
export function Inspector({
  steps,
  announcement,
  anchor,
  title = "Inspector",
  pageSteps,
}: {
  steps: Step[];
  announcement: string;
  anchor?: string;
  title?: string;
  pageSteps?: Step[];
}) {
  const id = useId();
  const embed = useEmbed();
  const { cols, compact } = embed?.options ?? DEFAULT_EMBED_OPTIONS;
  // A pick from the history holds until the next request, which is then shown.
  const [picked, setPicked] = useState<{ id: number; newest: number } | null>(null);
  const newest = steps[0];
  const step = (picked && picked.newest === newest?.id && steps.find((s) => s.id === picked.id)) || newest;
  return (
    <section aria-labelledby={`${id}-title`} className="@container rounded-xl bg-stone-50 p-4 dark:bg-stone-900/60">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {/* Screen readers hear the outcome once, from the status line by the buttons (ActionStatus) when the demo has one. */}
      <p aria-live={anchor ? "off" : "polite"} role="status" className="mt-1 min-h-5 text-sm text-stone-700 dark:text-stone-300">
        {announcement}
      </p>
      {!step ? (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">Make a request with the buttons: every header that crosses the wire shows up here.</p>
      ) : (
        <>
          <p id={anchor} tabIndex={anchor ? -1 : undefined} className="mt-2 scroll-mt-4 text-sm">
            Showing <strong>{step.label}</strong> ({step.method} {new URL(step.url).pathname}).
          </p>
          <RefusedNotice refused={step.refused ?? []} crossSite={embed?.crossSite ?? null} />
          <div className={`mt-3 grid gap-3 ${GRID[cols.length]}`} data-testid="inspector-columns">
            {cols.map((c) => columns[c](step, steps, pageSteps))}
          </div>
          {!compact && (
            <div className="mt-3 grid gap-3 @3xl:grid-cols-2">
              <SequenceDiagram step={step} />
              <CurlBox step={step} />
            </div>
          )}
          <h3 className="mt-4 text-sm font-semibold">History</h3>
          <ol className="mt-1 flex flex-wrap gap-2 text-xs">
            {steps.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-pressed={s.id === step.id}
                  onClick={() => setPicked({ id: s.id, newest: steps[0]!.id })}
                  className="rounded-full border border-stone-300 px-3 py-1 aria-pressed:border-cookie-700 aria-pressed:bg-cookie-100 aria-pressed:text-cookie-800 dark:border-stone-600 dark:aria-pressed:bg-stone-700 dark:aria-pressed:text-amber-200"
                >
                  {s.label} · {s.status || "failed"}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Newest first, as `steps` are: what the page did, this inspector's steps and the others'. */
const onPage = (steps: Step[], pageSteps: Step[] | undefined): Step[] =>
  pageSteps ? [...new Set([...steps, ...pageSteps])].sort((a, b) => b.at - a.at) : steps;

const columns: Record<InspectorColumn, (step: Step, history: Step[], pageSteps?: Step[]) => ReactNode> = {
  response: (step) => <ResponseColumn key="response" step={step} />,
  request: (step) => <RequestColumn key="request" step={step} />,
  js: (step, history, pageSteps) => <JavaScriptColumn key="js" step={step} history={onPage(history, pageSteps)} />,
  server: (step) => <ServerColumn key="server" step={step} />,
};
