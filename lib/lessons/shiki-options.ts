import type { ShikiTransformer } from "shiki";
import { parseCodeMeta } from "./code-meta";
import { ensureContrast } from "./contrast";

// The code block backgrounds (components/lessons/code-block.tsx): stone-50 and stone-900.
const BACKGROUND = { light: "#fafaf9", dark: "#1c1917" } as const;

/**
 * Two themes as CSS variables, no default colour: each token takes its colour from a Tailwind class,
 * so code follows the site's `dark:` variant, whatever decides it (media query or attribute).
 */
const tokenColors: ShikiTransformer = {
  name: "lab-token-colors",
  pre(node) {
    const { title, file } = parseCodeMeta(this.options.meta?.__raw);
    const caption = title ?? file;
    if (caption) node.properties["data-title"] = caption;
    // The page styles the block (components/lessons/code-block.tsx); the theme's own background goes.
    delete node.properties.style;
  },
  span(node) {
    const style = String(node.properties.style ?? "");
    node.properties.style = style.replace(
      /--shiki-(light|dark):(#[0-9a-fA-F]{6,8})/g,
      (_, theme: "light" | "dark", color: string) => `--shiki-${theme}:${ensureContrast(color, BACKGROUND[theme])}`,
    );
    this.addClassToHast(node, "text-(--shiki-light) dark:text-(--shiki-dark)");
  },
};

export const shikiOptions = {
  themes: { light: "github-light-default", dark: "github-dark-default" },
  defaultColor: false as const,
  langs: ["ts", "tsx", "js", "sh", "http", "json"],
  transformers: [tokenColors],
};
