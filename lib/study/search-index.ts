import type { DemoMeta } from "@/components/demos/types";
import type { GlossaryTerm } from "@/content/glossary";
import type { LessonEntry } from "@/content/navigation";
import type { LessonFacts } from "@/lib/lessons/remark-lesson";

export type SearchKind = "lesson" | "section" | "demo" | "glossary";

/** One thing a search can find: a lesson, one of its sections, a demo, or a glossary term. */
export interface SearchEntry {
  kind: SearchKind;
  title: string;
  /** Where it is: the lesson of a section; empty for the others. */
  context: string;
  href: string;
  /** Shown under the title, and searched. */
  excerpt: string;
  /** Searched, not shown: a demo's "How to test", a term's other names. */
  keywords: string;
}

export interface SearchSources {
  lessons: LessonEntry[];
  facts: Map<string, LessonFacts>;
  demos: Pick<DemoMeta, "id" | "title" | "summary" | "howToTest">[];
  glossary: GlossaryTerm[];
}

/** The whole index, built once at build time (app/search-index.json/route.ts) and searched in the browser. */
export function buildSearchIndex({ lessons, facts, demos, glossary }: SearchSources): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const l of lessons) {
    entries.push({ kind: "lesson", title: l.title, context: "", href: `/learn/${l.slug}`, excerpt: l.summary, keywords: "" });
    for (const h of facts.get(l.slug)?.toc ?? []) {
      entries.push({ kind: "section", title: h.text, context: l.title, href: `/learn/${l.slug}#${h.id}`, excerpt: "", keywords: "" });
    }
  }
  for (const d of demos) entries.push({ kind: "demo", title: d.title, context: "", href: `/demos/${d.id}`, excerpt: d.summary, keywords: d.howToTest });
  for (const t of glossary)
    entries.push({ kind: "glossary", title: t.term, context: "", href: `/glossary#${t.id}`, excerpt: t.definition, keywords: t.matches.join(" ") });
  return entries;
}

const KIND_ORDER: Record<SearchKind, number> = { glossary: 0, lesson: 1, section: 2, demo: 3 };

/** Lower case, without accents, so "cafe" finds "café". */
function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The entries that contain every word of the query (anywhere in title, context or text), best
 * first: words in the title count most, a title that starts with the query more still.
 */
export function searchIndex(entries: SearchEntry[], query: string, limit = 30): SearchEntry[] {
  const q = fold(query.trim());
  const words = q.split(/[^\p{L}\p{N}_-]+/u).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const title = fold(entry.title);
    const rest = fold(`${entry.context} ${entry.excerpt} ${entry.keywords}`);
    let score = 0;
    let all = true;
    for (const w of words) {
      if (title.includes(w)) score += 10;
      else if (rest.includes(w)) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (!all) continue;
    if (title === q) score += 20;
    else if (title.startsWith(q)) score += 5;
    scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind]);
  return scored.slice(0, limit).map((s) => s.entry);
}
