import Link from "next/link";
import { getDemo } from "@/components/demos/registry";
import { isDemoId, plannedDemos } from "@/lib/lessons/demo-ids";

/**
 * A live demo placed in a lesson, looked up by id in the demo registry: its "How to test" line, the
 * demo itself, and a link to its own page. A fixed id whose demo is not registered yet shows a
 * static card instead, so lessons can name every demo before each one is built.
 */
export function Demo({ id }: { id: string }) {
  if (!isDemoId(id)) throw new Error(`<Demo id="${id}"> is not one of the site's demo ids (lib/lessons/demo-ids.ts).`);
  const demo = getDemo(id);
  if (!demo) {
    const planned = plannedDemos[id];
    return (
      <aside aria-label={`Live demo: ${planned.title}`} data-demo={id} data-demo-state="planned" className="my-8 rounded-xl border-2 border-dashed border-stone-400 p-5 dark:border-stone-500">
        <p className="font-semibold">
          Live demo: {planned.title} <span className="font-normal">— opens at </span>
          <code className="font-mono text-sm">/demos/{id}</code>
        </p>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{planned.shows}</p>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">This demo is not part of this build of the site yet; the text around it stands on its own.</p>
      </aside>
    );
  }
  const { Component } = demo;
  return (
    <aside aria-label={`Live demo: ${demo.title}`} data-demo={id} data-demo-state="live" className="my-8 rounded-xl border border-cookie-600 p-4 sm:p-5 dark:border-amber-400">
      <p className="font-semibold">Live demo: {demo.title}</p>
      <p className="mt-2 rounded-md bg-cookie-50 p-3 text-sm dark:bg-stone-900">
        <strong>How to test:</strong> {demo.howToTest}
      </p>
      <div className="mt-4">
        <Component />
      </div>
      <p className="mt-4 text-sm">
        <Link href={`/demos/${id}`} className="font-medium underline underline-offset-4">
          Open this demo on its own page
        </Link>
      </p>
    </aside>
  );
}
