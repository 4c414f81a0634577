import { describe, expect, it } from "vitest";
import { quizzes } from "@/content/quizzes";
import { answerKey, lessonStatus, parseProgress, withAnswer, withoutLesson } from "./progress";

const questions = quizzes.cookies!;
const key = answerKey(questions);
const right = (i: number) => questions[i]!.choices.findIndex((c) => c.correct);
const wrong = (i: number) => questions[i]!.choices.findIndex((c) => !c.correct);

describe("self-check progress", () => {
  it("should read back what it stored", () => {
    const p = withAnswer(withAnswer({}, "cookies", "headers", 1), "expiry", "rolling", 2);
    expect(parseProgress(JSON.stringify(p))).toEqual({ cookies: { headers: 1 }, expiry: { rolling: 2 } });
  });

  it("should drop what is not its own shape, never throw on it", () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress("{not json")).toEqual({});
    expect(parseProgress("[1,2]")).toEqual({});
    expect(parseProgress('"text"')).toEqual({});
    expect(parseProgress(JSON.stringify({ cookies: { headers: 1, bad: "x", neg: -1, big: 99, "No Id": 1 }, "<script>": { a: 1 }, expiry: [1] }))).toEqual({
      cookies: { headers: 1 },
    });
  });

  it("should count a lesson done only when every question is answered right", () => {
    let p = {};
    questions.forEach((q, i) => (p = withAnswer(p, "cookies", q.id, right(i))));
    expect(lessonStatus(p, "cookies", key)).toEqual({ total: questions.length, answered: questions.length, correct: questions.length, done: true });
    p = withAnswer(p, "cookies", questions[0]!.id, wrong(0));
    expect(lessonStatus(p, "cookies", key)).toMatchObject({ answered: questions.length, correct: questions.length - 1, done: false });
    expect(lessonStatus(withoutLesson(p, "cookies"), "cookies", key)).toMatchObject({ answered: 0, correct: 0, done: false });
  });

  it("should ignore an answer that names no choice of the question", () => {
    expect(lessonStatus({ cookies: { headers: 15 } }, "cookies", key)).toMatchObject({ answered: 0, done: false });
  });
});
