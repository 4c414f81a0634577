"use client"; // answers are checked and kept in the learner's browser

import Link from "next/link";
import type { QuizQuestion } from "@/content/quizzes";
import { answerKey, lessonStatus, withAnswer, withoutLesson } from "@/lib/study/progress";
import { saveProgress, useProgress } from "./use-progress";

const RIGHT = "border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-50";
const WRONG = "border-red-600 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50";

/**
 * The self-check that ends a lesson: a radio group per question, and the reason the picked answer
 * is right or wrong the moment it is picked. Answers are kept in localStorage (lib/study/progress.ts),
 * and /learn marks the lesson done once every answer is right.
 */
export function SelfCheck({ slug, questions }: { slug: string; questions: QuizQuestion[] }) {
  const { progress } = useProgress();
  const answers = progress?.[slug] ?? {};
  const status = progress ? lessonStatus(progress, slug, answerKey(questions)) : null;

  const pick = (questionId: string, choice: number) => saveProgress(withAnswer(progress ?? {}, slug, questionId, choice));
  const clear = () => saveProgress(withoutLesson(progress ?? {}, slug));

  return (
    <section aria-labelledby="self-check" data-testid="self-check" className="mt-12 rounded-xl border border-stone-300 p-4 sm:p-5 dark:border-stone-600">
      <h2 id="self-check" className="scroll-mt-6 text-2xl font-semibold tracking-tight">
        Check yourself
      </h2>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {questions.length} questions. Pick an answer to see at once why it is right or wrong. Your answers are kept in this browser&apos;s{" "}
        <code className="font-mono">localStorage</code> only, never sent to the lab&apos;s server; see or clear them all on{" "}
        <Link href="/learn#progress" className="underline underline-offset-4">
          Learn
        </Link>
        .
      </p>
      {questions.map((q, i) => {
        const picked = answers[q.id];
        const choice = picked === undefined ? undefined : q.choices[picked];
        return (
          <fieldset key={q.id} className="mt-6" data-question={q.id}>
            <legend className="font-semibold">
              {i + 1}. {q.prompt}
            </legend>
            <div className="mt-2 space-y-1.5">
              {q.choices.map((c, j) => (
                <label key={j} className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1 hover:bg-stone-100 dark:hover:bg-stone-800">
                  <input
                    type="radio"
                    name={`self-check-${q.id}`}
                    value={j}
                    checked={picked === j}
                    onChange={() => pick(q.id, j)}
                    className="mt-1.5 accent-cookie-700 dark:accent-amber-300"
                  />
                  <span>{c.text}</span>
                </label>
              ))}
            </div>
            <div aria-live="polite" data-testid={`feedback-${q.id}`}>
              {choice && (
                <p className={`mt-2 rounded-md border-l-4 px-3 py-2 text-sm ${choice.correct ? RIGHT : WRONG}`}>
                  <span aria-hidden="true">{choice.correct ? "✓ " : "✗ "}</span>
                  {choice.why}
                </p>
              )}
            </div>
            {choice && (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer underline underline-offset-4">Why each answer is right or wrong</summary>
                <ul className="mt-2 list-disc space-y-1 pl-6">
                  {q.choices.map((c, j) => (
                    <li key={j}>
                      <span className="font-medium">{c.text}</span>: {c.why}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </fieldset>
        );
      })}
      <div className="mt-6 flex min-h-9 flex-wrap items-center gap-3 text-sm" aria-live="polite" data-testid="self-check-status">
        {status && status.answered > 0 && (
          <>
            <p className={status.done ? "font-semibold text-emerald-800 dark:text-emerald-300" : ""}>
              {status.done ? `Lesson done: all ${status.total} answers right.` : `${status.correct} of ${status.total} right so far.`}
            </p>
            <button
              type="button"
              onClick={clear}
              className="rounded-md border border-stone-400 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              Clear my answers to this lesson
            </button>
          </>
        )}
      </div>
    </section>
  );
}
