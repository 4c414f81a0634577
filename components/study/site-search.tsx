"use client"; // the search runs in the browser, over the static index

import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { searchIndex, type SearchEntry, type SearchKind } from "@/lib/study/search-index";
import { announceSearchQuery, followSearchQuery } from "./search-query";

const KIND_LABEL: Record<SearchKind, string> = { lesson: "Lesson", section: "Lesson section", demo: "Demo", glossary: "Glossary" };

let loaded: Promise<SearchEntry[]> | null = null;
/** The index, fetched once per page (a static file made at build time) and only when a search needs it. */
function loadIndex(): Promise<SearchEntry[]> {
  loaded ??= fetch("/search-index.json").then((r) => {
    if (!r.ok) throw new Error(`The search index answered ${r.status}.`);
    return r.json() as Promise<SearchEntry[]>;
  });
  loaded.catch(() => (loaded = null)); // a failed fetch is tried again on the next keystroke
  return loaded;
}

/**
 * The search box of /search: lessons, their sections, demos and glossary terms, found in the
 * browser with no server call beyond the static index. The query is kept in the URL (?q=), so a
 * link reproduces a search, and a search without scripts still lands here with it.
 */
export function SiteSearch() {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const run = useCallback(async (q: string) => {
    const ticket = ++latest.current;
    try {
      const index = await loadIndex();
      if (ticket !== latest.current) return;
      setError(null);
      setQuery(q);
      setResults(q.trim() ? searchIndex(index, q) : null);
    } catch {
      if (ticket === latest.current) setError("The search index could not be loaded. Check your connection and type again.");
    }
  }, []);

  // A query in the URL (a shared link, or the form sent before the scripts arrived) runs at once.
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (q && input.current) {
      input.current.value = q;
      void run(q);
    }
  }, [run]);

  const onInput = useCallback(
    (q: string) => {
      const url = new URL(window.location.href);
      if (q.trim()) url.searchParams.set("q", q);
      else url.searchParams.delete("q");
      window.history.replaceState(window.history.state, "", url);
      announceSearchQuery(q, "page");
      void run(q);
    },
    [run],
  );

  // A search sent from the header's box while on this page runs here, without a reload.
  useEffect(
    () =>
      followSearchQuery("page", (q) => {
        if (input.current) input.current.value = q;
        onInput(q);
      }),
    [onInput],
  );

  return (
    <div>
      <form role="search" action="/search" method="get" onSubmit={(e) => e.preventDefault()} className="mt-6">
        <label htmlFor={inputId} className="block font-medium">
          Search the lessons, demos and glossary
        </label>
        <input
          ref={input}
          id={inputId}
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. SameSite, fixation, JWT"
          onChange={(e) => onInput(e.target.value)}
          className="mt-2 w-full max-w-xl rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-500 dark:bg-stone-900"
        />
      </form>
      <p aria-live="polite" data-testid="search-status" className="mt-3 min-h-6 text-sm text-stone-700 dark:text-stone-300">
        {error ??
          (results === null
            ? ""
            : results.length === 0
              ? `Nothing found for “${query.trim()}”. Try a shorter word, or browse the glossary.`
              : `${results.length} ${results.length === 1 ? "result" : "results"} for “${query.trim()}”.`)}
      </p>
      {results && results.length > 0 && (
        <ul aria-label="Search results" className="mt-2 space-y-3">
          {results.map((r) => (
            <li key={r.href} className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                {KIND_LABEL[r.kind]}
                {r.context && <span className="font-normal normal-case tracking-normal"> in {r.context}</span>}
              </p>
              <Link href={r.href} className="font-semibold underline-offset-4 hover:underline">
                {r.title}
              </Link>
              {r.excerpt && <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{r.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
