import type { GlossaryTerm } from "@/content/glossary";

interface AnyNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name: string; value: string }[];
  children?: AnyNode[];
}

/** Subtrees where a term is never linked: titles, links, code, and the "You will learn" list that opens a lesson. */
const SKIP_TYPES = new Set(["heading", "link", "linkReference", "definition", "code", "mdxjsEsm", "mdxFlowExpression", "mdxTextExpression"]);
const SKIP_TAGS = new Set(["YouWillLearn", "Demo", "GlossaryTerm"]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Matcher {
  term: GlossaryTerm;
  /** Finds the term in running text, as a whole word. */
  text: RegExp;
  /** Whether an inline code span is a use of the term (`HttpOnly`, or `__Host-sid` for the prefixes). */
  code: (value: string) => boolean;
}

function matcherFor(term: GlossaryTerm): Matcher {
  const words = [...term.matches].sort((a, b) => b.length - a.length);
  // A word boundary only where the word starts or ends with a word character ("__Host-" ends with "-").
  const alternatives = words.map((w) => `${/^\w/.test(w) ? "\\b" : "(?<![\\w-])"}${escapeRegExp(w)}${/\w$/.test(w) ? "\\b(?!-)" : ""}`);
  const text = new RegExp(alternatives.join("|"), term.matchCase ? "" : "i");
  const same = (a: string, b: string) => (term.matchCase ? a === b : a.toLowerCase() === b.toLowerCase());
  const code = (value: string) => words.some((w) => same(value, w) || (w.endsWith("-") && value.startsWith(w)));
  return { term, text, code };
}

function termElement(term: GlossaryTerm, child: AnyNode): AnyNode {
  return {
    type: "mdxJsxTextElement",
    name: "GlossaryTerm",
    attributes: [{ type: "mdxJsxAttribute", name: "id", value: term.id }],
    children: [child],
  };
}

/**
 * Splits one text node at the earliest use of a term not yet linked in this lesson, and again in
 * what follows: returns the nodes that replace it.
 */
function linkText(value: string, pending: Matcher[], linked: Set<string>): AnyNode[] {
  const out: AnyNode[] = [];
  let rest = value;
  for (;;) {
    let best: { m: Matcher; index: number; length: number } | null = null;
    for (const m of pending) {
      if (linked.has(m.term.id)) continue;
      const hit = m.text.exec(rest);
      if (hit && (!best || hit.index < best.index || (hit.index === best.index && hit[0].length > best.length)))
        best = { m, index: hit.index, length: hit[0].length };
    }
    if (!best) break;
    linked.add(best.m.term.id);
    if (best.index > 0) out.push({ type: "text", value: rest.slice(0, best.index) });
    out.push(termElement(best.m.term, { type: "text", value: rest.slice(best.index, best.index + best.length) }));
    rest = rest.slice(best.index + best.length);
  }
  if (rest) out.push({ type: "text", value: rest });
  return out;
}

function walk(node: AnyNode, matchers: Matcher[], linked: Set<string>) {
  const children = node.children;
  if (!children) return;
  const next: AnyNode[] = [];
  for (const child of children) {
    if (child.type === "text" && child.value) {
      next.push(...linkText(child.value, matchers, linked));
    } else if (child.type === "inlineCode" && child.value) {
      const m = matchers.find((x) => !linked.has(x.term.id) && x.code(child.value!));
      if (m) linked.add(m.term.id);
      next.push(m ? termElement(m.term, child) : child);
    } else {
      const isTag = child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement";
      if (!SKIP_TYPES.has(child.type) && !(isTag && SKIP_TAGS.has(child.name ?? ""))) walk(child, matchers, linked);
      next.push(child);
    }
  }
  node.children = next;
}

/**
 * A remark plugin: the first use of each glossary term in a lesson's prose becomes a
 * <GlossaryTerm id="…"> link to /glossary#<id> (components/study/glossary-term.tsx). Later uses,
 * headings, links, code blocks and the "You will learn" list stay as they are.
 */
export function remarkGlossary(terms: GlossaryTerm[]) {
  const matchers = terms.map(matcherFor);
  return () => (tree: unknown) => {
    walk(tree as AnyNode, matchers, new Set());
  };
}
