import type { QuizQuestion } from "@/content/quizzes";

/**
 * The learner's self-check answers, kept in their own browser's localStorage under this key and
 * never sent anywhere: for each lesson slug, the index of the choice last picked for each question.
 */
export const PROGRESS_KEY = "lab-self-check";

export type Progress = Record<string, Record<string, number>>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The progress stored as `raw`. Storage is the browser's to edit, so anything that is not the
 * expected shape is dropped (that entry, or all of it), never trusted.
 */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const progress: Progress = {};
  for (const [slug, answers] of Object.entries(data)) {
    if (!ID.test(slug) || typeof answers !== "object" || answers === null || Array.isArray(answers)) continue;
    const kept: Record<string, number> = {};
    for (const [id, choice] of Object.entries(answers)) {
      if (ID.test(id) && Number.isInteger(choice) && (choice as number) >= 0 && (choice as number) < 16) kept[id] = choice as number;
    }
    if (Object.keys(kept).length) progress[slug] = kept;
  }
  return progress;
}

export function withAnswer(progress: Progress, slug: string, questionId: string, choice: number): Progress {
  return { ...progress, [slug]: { ...progress[slug], [questionId]: choice } };
}

export function withoutLesson(progress: Progress, slug: string): Progress {
  const rest = { ...progress };
  delete rest[slug];
  return rest;
}

export interface LessonStatus {
  total: number;
  answered: number;
  correct: number;
  /** Every question of the lesson answered, and answered right. */
  done: boolean;
}

/** What a page needs to grade a lesson's answers without the questions' text: per question id, its right choice and its number of choices. */
export type AnswerKey = Record<string, { correct: number; choices: number }>;

export function answerKey(questions: QuizQuestion[]): AnswerKey {
  return Object.fromEntries(questions.map((q) => [q.id, { correct: q.choices.findIndex((c) => c.correct), choices: q.choices.length }]));
}

export function lessonStatus(progress: Progress, slug: string, key: AnswerKey): LessonStatus {
  const answers = progress[slug] ?? {};
  const entries = Object.entries(key);
  let answered = 0;
  let correct = 0;
  for (const [id, { correct: right, choices }] of entries) {
    const choice = answers[id];
    if (choice === undefined || choice >= choices) continue;
    answered += 1;
    if (choice === right) correct += 1;
  }
  return { total: entries.length, answered, correct, done: entries.length > 0 && correct === entries.length };
}
