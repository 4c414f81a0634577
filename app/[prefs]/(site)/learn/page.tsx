import type { Metadata } from "next";
import Link from "next/link";
import { lessons } from "@/content/navigation";

export const metadata: Metadata = {
  title: "Learn",
  description: "Twelve short lessons on cookies, sessions, sealed cookies and JWTs, each beside a live demo.",
};

export default function LearnPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Learn</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        Twelve short lessons, in order, from “why does a website need to remember anything?” to choosing between a cookie, a sealed cookie, a JWT and a server-side session. Each lesson places live demos where they explain the point: they set real cookies in your browser.
      </p>
      <ol className="mt-8 space-y-3">
        {lessons.map((l, i) => (
          <li key={l.slug} className="rounded-xl border border-stone-200 p-4 hover:border-cookie-600 dark:border-stone-700 dark:hover:border-amber-400">
            <h2 className="font-semibold">
              <span className="mr-2 text-stone-600 dark:text-stone-400">{i + 1}.</span>
              <Link href={`/learn/${l.slug}`} className="underline-offset-4 hover:underline">{l.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{l.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
