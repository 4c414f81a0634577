import Link from "next/link";
import { ResetLabCookies } from "@/components/site/reset-lab-cookies";
import { DemoCode } from "./demo-code";
import type { DemoMeta } from "./types";

/** A demo with its "How to test" line, its component, and the "How it works" disclosure. */
export function DemoFrame({ demo }: { demo: DemoMeta }) {
  return (
    <article aria-labelledby={`demo-${demo.id}`} className="space-y-4">
      <header>
        <h1 id={`demo-${demo.id}`} className="text-2xl font-bold tracking-tight sm:text-3xl">
          {demo.title}
        </h1>
        <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">{demo.summary}</p>
        <p className="mt-3 max-w-3xl rounded-md border-l-4 border-cookie-600 bg-cookie-50 p-3 text-sm dark:border-amber-400 dark:bg-stone-900">
          <strong>How to test:</strong> {demo.howToTest}
        </p>
      </header>
      {/* A container: the demo lays itself out by its own width (lesson column, page or iframe), not the window's. */}
      <div className="@container">
        <DemoCode id={demo.id} />
      </div>
      <ResetLabCookies />
      <details className="max-w-3xl rounded-lg border border-stone-200 p-4 dark:border-stone-700">
        <summary className="cursor-pointer font-semibold">How it works</summary>
        <div className="prose-lab text-sm">
          {demo.howItWorks.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <p>
            <Link href={`/learn/${demo.lesson}`} className="font-medium underline underline-offset-4">
              Read the lesson that explains this
            </Link>
          </p>
          <p>
            Get the code:{" "}
            {demo.code.map((file, i) => (
              <span key={file}>
                {i > 0 && ", "}
                <code className="font-mono">{file}</code>
              </span>
            ))}
          </p>
        </div>
      </details>
    </article>
  );
}
