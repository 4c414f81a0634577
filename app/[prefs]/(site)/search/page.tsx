import type { Metadata } from "next";
import Link from "next/link";
import { SiteSearch } from "@/components/study/site-search";
import { langOfSegment } from "@/lib/preferences/preferences";
import { englishOn } from "@/lib/preferences/ui-text";

type Props = { params: Promise<{ prefs: string }> };

export const metadata: Metadata = {
  title: "Search",
  description: "Search the lessons, their sections, the demos and the glossary of Cookie & Session Lab.",
};

/** Search, fully in the browser: the index is a static file built with the site (app/search-index.json). */
export default async function SearchPage({ params }: Props) {
  const lang = langOfSegment((await params).prefs);
  return (
    <div className="max-w-3xl" lang={englishOn(lang)}>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Results appear as you type, from every lesson and section, every demo and every{" "}
        <Link href="/glossary" className="underline underline-offset-4">
          glossary
        </Link>{" "}
        term. The search runs in your browser: what you type is not sent anywhere.
      </p>
      <SiteSearch />
    </div>
  );
}
