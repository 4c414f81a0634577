import { describe, expect, it } from "vitest";
import { lessons } from "@/content/navigation";
import { quizzes } from "@/content/quizzes";

describe("content/quizzes.ts", () => {
  it("should have a self-check for every lesson in navigation.ts, and for no other slug", () => {
    expect(Object.keys(quizzes).sort()).toEqual(lessons.map((l) => l.slug).sort());
  });

  it.each(lessons.map((l) => l.slug))("should give %s 3 to 5 questions, each with one correct choice of several and a reason for every choice", (slug) => {
    const questions = quizzes[slug] ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const q of questions) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.prompt.trim().length, q.id).toBeGreaterThan(10);
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.choices.filter((c) => c.correct).length, q.id).toBe(1);
      expect(new Set(q.choices.map((c) => c.text)).size, q.id).toBe(q.choices.length);
      for (const c of q.choices) {
        expect(c.why.trim().length, `${q.id}: ${c.text}`).toBeGreaterThan(10);
        // The reason says at once whether the choice was right.
        expect(c.why, `${q.id}: ${c.text}`).toMatch(c.correct ? /^Right:/ : /^No:/);
      }
    }
  });
});
