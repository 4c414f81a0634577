/** One heading of a lesson, for the table of contents and the link checker. */
export interface TocEntry {
  id: string;
  text: string;
  depth: number;
}

/** What a lesson holds besides its prose: read once while compiling, used by the page and the tests. */
export interface LessonFacts {
  toc: TocEntry[];
  /** Every link target, as written (`/learn/cookies#jar`, `#size`, `https://…`). */
  links: string[];
  /** The `id` of every `<Demo id="…" />`, in order. */
  demoIds: string[];
  /** Headings written without an explicit id, and other mistakes, as sentences. */
  problems: string[];
}

// The react.dev convention: `## Title {/*explicit-id*/}`, an MDX comment that the page never shows.
const ID_COMMENT = /^\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/$/;

interface AnyNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: AnyNode[];
  data?: { hProperties?: Record<string, unknown> };
}

function textOf(node: AnyNode): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

function stringAttribute(node: AnyNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof attr?.value === "string" ? attr.value : undefined;
}

function heading(node: AnyNode, facts: LessonFacts) {
  const children = node.children ?? [];
  const last = children.at(-1);
  const match = last?.type === "mdxTextExpression" ? ID_COMMENT.exec((last.value ?? "").trim()) : null;
  const text = textOf(node).trim();
  if (node.depth === 1) facts.problems.push(`"${text}" is a level-1 heading: the page's title is the only h1.`);
  if (!match?.[1]) {
    facts.problems.push(`"${text}" has no explicit id: write it as ## ${text} {/*an-id*/}.`);
    return;
  }
  children.pop();
  const before = children.at(-1);
  if (before?.type === "text" && before.value) before.value = before.value.trimEnd();
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
  facts.toc.push({ id: match[1], text, depth: node.depth ?? 2 });
}

function walk(node: AnyNode, facts: LessonFacts) {
  if (node.type === "heading") heading(node, facts);
  if (node.type === "link" && node.url) facts.links.push(node.url);
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    const href = stringAttribute(node, "href");
    if (href) facts.links.push(href);
    if (node.name === "Demo") {
      const id = stringAttribute(node, "id");
      if (id) facts.demoIds.push(id);
      else facts.problems.push("A <Demo> has no literal id.");
    }
  }
  for (const child of node.children ?? []) walk(child, facts);
}

/**
 * A remark plugin: gives each heading its explicit id (and removes the id comment), and collects
 * the table of contents, the links and the demo ids into `file.data.lesson`.
 */
export function remarkLesson() {
  return (tree: unknown, file: { data: Record<string, unknown> }) => {
    const facts: LessonFacts = { toc: [], links: [], demoIds: [], problems: [] };
    walk(tree as unknown as AnyNode, facts);
    const seen = new Set<string>();
    for (const { id } of facts.toc) {
      if (seen.has(id)) facts.problems.push(`The heading id "${id}" is used twice.`);
      seen.add(id);
    }
    file.data.lesson = facts;
  };
}
