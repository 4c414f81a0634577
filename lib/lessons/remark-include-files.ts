import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCodeMeta } from "./code-meta";

interface CodeNode {
  type: string;
  meta?: string | null;
  value?: string;
  children?: CodeNode[];
}

/**
 * A remark plugin: a code block with `file="path"` shows that file of this project as it is at build
 * time, so the excerpts in a lesson can never drift from the code they quote. Paths stay inside `root`.
 */
export function remarkIncludeFiles(options: { root: string }) {
  const root = path.resolve(/* turbopackIgnore: true */ options.root);
  const visit = (node: CodeNode) => {
    const { file } = parseCodeMeta(node.meta);
    if (node.type === "code" && file) {
      const full = path.resolve(/* turbopackIgnore: true */ root, file);
      if (!full.startsWith(root + path.sep)) throw new Error(`${file} is outside the project.`);
      node.value = readFileSync(full, "utf8").trimEnd();
    }
    node.children?.forEach(visit);
  };
  return () => (tree: unknown) => visit(tree as CodeNode);
}
