import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";
import { Compare, DeepDive, Pitfall, Side, YouWillLearn } from "./callouts";
import { CodeBlock } from "./code-block";
import { GlossaryTerm } from "@/components/study/glossary-term";
import { Demo } from "./demo";
import { LoginFlowDiagram } from "./diagrams/login-flow-diagram";
import { WhereDataLivesDiagram } from "./diagrams/where-data-lives-diagram";

function Anchor({ href = "", children, ...rest }: ComponentPropsWithoutRef<"a">) {
  const className = "font-medium text-cookie-700 underline underline-offset-4 hover:text-cookie-800 dark:text-amber-300 dark:hover:text-amber-200";
  if (href.startsWith("/"))
    return (
      <Link href={href} className={className}>
        {children}
      </Link>
    );
  const external = /^https?:/.test(href);
  return (
    <a href={href} className={className} {...rest} {...(external ? { rel: "noreferrer" } : {})}>
      {children}
    </a>
  );
}

function Table(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div role="region" aria-label="Table, scrolls sideways on narrow screens" tabIndex={0} className="my-6 overflow-x-auto">
      <table
        className="w-full min-w-[40rem] border-collapse text-left text-sm [&_td]:border-b [&_td]:border-stone-200 [&_td]:py-2 [&_td]:pr-4 [&_td]:align-top [&_th]:border-b-2 [&_th]:border-stone-300 [&_th]:py-2 [&_th]:pr-4 [&_th]:align-bottom dark:[&_td]:border-stone-800 dark:[&_th]:border-stone-600"
        {...props}
      />
    </div>
  );
}

/**
 * Every tag a lesson may use, and how each Markdown element looks: the one map that
 * app/learn/[slug]/page.tsx hands to the compiled MDX. Lessons import nothing.
 */
export const mdxComponents = {
  // Markdown elements
  h2: (p: ComponentPropsWithoutRef<"h2">) => <h2 className="mt-12 mb-4 scroll-mt-6 text-2xl font-semibold tracking-tight" {...p} />,
  h3: (p: ComponentPropsWithoutRef<"h3">) => <h3 className="mt-8 mb-3 scroll-mt-6 text-xl font-semibold" {...p} />,
  h4: (p: ComponentPropsWithoutRef<"h4">) => <h4 className="mt-6 mb-2 scroll-mt-6 font-semibold" {...p} />,
  p: (p: ComponentPropsWithoutRef<"p">) => <p className="my-4 leading-7" {...p} />,
  ul: (p: ComponentPropsWithoutRef<"ul">) => <ul className="my-4 list-disc space-y-1.5 pl-6 leading-7" {...p} />,
  ol: (p: ComponentPropsWithoutRef<"ol">) => <ol className="my-4 list-decimal space-y-1.5 pl-6 leading-7" {...p} />,
  blockquote: (p: ComponentPropsWithoutRef<"blockquote">) => (
    <blockquote className="my-4 border-l-4 border-stone-300 pl-4 italic dark:border-stone-600" {...p} />
  ),
  code: (p: ComponentPropsWithoutRef<"code">) => <code className="rounded bg-stone-100 px-1 py-0.5 font-mono text-[0.875em] dark:bg-stone-800" {...p} />,
  pre: CodeBlock,
  a: Anchor,
  table: Table,
  // Tags
  YouWillLearn,
  Pitfall,
  DeepDive,
  Compare,
  Side,
  Demo,
  GlossaryTerm,
  LoginFlowDiagram,
  WhereDataLivesDiagram,
};
