import Link from "next/link";
import type { ReactNode } from "react";
import { glossaryTerm } from "@/content/glossary";

/**
 * A term's first use in a lesson, linked to its entry on /glossary (lib/study/remark-glossary.ts
 * puts it there). A dotted underline tells it from the lessons' other links; an unknown id fails the build.
 */
export function GlossaryTerm({ id, children }: { id: string; children: ReactNode }) {
  const term = glossaryTerm(id);
  if (!term) throw new Error(`<GlossaryTerm id="${id}"> names no term in content/glossary.ts.`);
  return (
    <Link href={`/glossary#${id}`} data-glossary={id} className="underline decoration-dotted decoration-1 underline-offset-4 hover:decoration-solid">
      {children}
    </Link>
  );
}
