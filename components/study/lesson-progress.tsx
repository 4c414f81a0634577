"use client"; // the marks come from the learner's own localStorage

import { lessonStatus, type AnswerKey } from "@/lib/study/progress";
import { saveProgress, useProgress } from "./use-progress";

/**
 * A lesson's "done" mark on /learn. The server's HTML has none (it cannot know); the mark appears
 * after hydration in a corner the card keeps free, so nothing moves when it does.
 */
export function LessonDoneMark({ slug, answerKey }: { slug: string; answerKey: AnswerKey }) {
  const { progress } = useProgress();
  const done = progress ? lessonStatus(progress, slug, answerKey).done : false;
  return (
    <span data-testid={`done-${slug}`} className="absolute top-3 right-3 text-sm font-semibold text-emerald-800 dark:text-emerald-300">
      {done && (
        <>
          <span aria-hidden="true">✓ </span>Done
        </>
      )}
    </span>
  );
}

/**
 * The learner's self-check progress over all lessons, what exactly is stored, and a button to clear
 * it. Before hydration it says only where the progress lives; its box keeps its height after.
 */
export function ProgressSummary({ keys }: { keys: Record<string, AnswerKey> }) {
  const { progress, raw } = useProgress();
  const slugs = Object.keys(keys);
  const done = progress ? slugs.filter((slug) => lessonStatus(progress, slug, keys[slug]!).done).length : null;
  return (
    <div className="mt-2 text-sm text-stone-700 dark:text-stone-300">
      <p>
        Each lesson ends with a short self-check. Your answers are kept in this browser&apos;s <code className="font-mono">localStorage</code>, under the key{" "}
        <code className="font-mono">lab-self-check</code>: they never leave your browser, and the lab&apos;s server never sees them.
      </p>
      <div className="mt-3 flex min-h-9 flex-wrap items-center gap-3" aria-live="polite" data-testid="progress-summary">
        {done !== null && (
          <>
            <p className="font-semibold text-stone-900 dark:text-stone-100">
              {done} of {slugs.length} lessons done.
            </p>
            {raw && (
              <button
                type="button"
                onClick={() => saveProgress({})}
                className="rounded-md border border-stone-400 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
              >
                Clear all my answers
              </button>
            )}
          </>
        )}
      </div>
      {raw && (
        <details className="mt-2">
          <summary className="cursor-pointer underline underline-offset-4">What is stored</summary>
          <pre className="mt-2 overflow-x-auto rounded-md bg-stone-100 p-3 font-mono text-xs dark:bg-stone-900" data-testid="progress-raw">
            {raw}
          </pre>
        </details>
      )}
    </div>
  );
}
