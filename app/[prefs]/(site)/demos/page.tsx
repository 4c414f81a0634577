import type { Metadata } from "next";
import Link from "next/link";
import { demos } from "@/components/demos/registry";

export const metadata: Metadata = { title: "Demos", description: "Live demos: every one really sets cookies and keeps sessions." };

export default function DemosPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Live demos</h1>
      <p className="max-w-3xl text-stone-700 dark:text-stone-300">
        Each demo makes real requests to this site&apos;s API and shows, side by side, the Set-Cookie lines that came back, the Cookie header your browser sent, what JavaScript can see, and what the server keeps.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {demos.map((d) => (
          <li key={d.id} className="rounded-xl border border-stone-200 p-4 hover:border-cookie-600 dark:border-stone-700 dark:hover:border-amber-400">
            <h2 className="font-semibold">
              <Link href={`/demos/${d.id}`} className="underline-offset-4 hover:underline">
                {d.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{d.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
