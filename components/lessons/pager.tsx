import Link from "next/link";
import type { LessonEntry } from "@/content/navigation";

function PagerLink({ lesson, direction }: { lesson: LessonEntry; direction: "Previous" | "Next" }) {
  return (
    <Link
      href={`/learn/${lesson.slug}`}
      rel={direction === "Previous" ? "prev" : "next"}
      className={`block rounded-xl border border-stone-200 p-4 hover:border-cookie-600 dark:border-stone-700 dark:hover:border-amber-400 ${direction === "Next" ? "text-right sm:col-start-2" : ""}`}
    >
      <span className="block text-sm text-stone-600 dark:text-stone-400">{direction}</span>
      <span className="font-semibold">{lesson.title}</span>
    </Link>
  );
}

/** Previous and next lesson, in the order of content/navigation.ts. */
export function LessonPager({ previous, next }: { previous?: LessonEntry; next?: LessonEntry }) {
  return (
    <nav aria-label="Previous and next lesson" className="mt-12 grid gap-4 border-t border-stone-200 pt-6 sm:grid-cols-2 dark:border-stone-700">
      {previous && <PagerLink lesson={previous} direction="Previous" />}
      {next && <PagerLink lesson={next} direction="Next" />}
    </nav>
  );
}
