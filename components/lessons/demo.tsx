import Link from "next/link";
import { ResetLabCookies } from "@/components/site/reset-lab-cookies";
import { DemoCode } from "@/components/demos/demo-code";
import { getDemo } from "@/components/demos/registry";

/**
 * A live demo placed in a lesson, looked up by id in the demo registry: its "How to test" line, the
 * demo itself (its own chunk: a lesson loads the code of the demos it shows, no other), and a link
 * to its own page. An unknown id fails the build (content.test.ts names it).
 * Its element id, demo-<id>, is where /demos links each demo's lessons to (one placement per lesson).
 */
export function Demo({ id }: { id: string }) {
  const demo = getDemo(id);
  if (!demo) throw new Error(`<Demo id="${id}"> names no demo in components/demos/registry.ts.`);
  return (
    <aside
      id={`demo-${id}`}
      aria-label={`Live demo: ${demo.title}`}
      data-demo={id}
      className="my-8 scroll-mt-6 rounded-xl border border-cookie-600 p-4 sm:p-5 dark:border-amber-400"
    >
      <p className="font-semibold">Live demo: {demo.title}</p>
      <p className="mt-2 rounded-md bg-cookie-50 p-3 text-sm dark:bg-stone-900">
        <strong>How to test:</strong> {demo.howToTest}
      </p>
      {/* A container: in the lesson column the demo and its inspector lay out for ~700 px, not the window's width. */}
      <div className="mt-4 @container">
        <DemoCode id={id} />
      </div>
      <ResetLabCookies className="mt-4" />
      <p className="mt-4 text-sm">
        <Link href={`/demos/${id}`} className="font-medium underline underline-offset-4">
          Open this demo on its own page
        </Link>
      </p>
    </aside>
  );
}
