/** The iframe an instructor pastes, shared by /instructors and the oEmbed answer. */

/** Fits a wide inspector and a form on a course page; the resize script adjusts the height. */
export const DEFAULT_EMBED_SIZE = { width: 800, height: 900 } as const;
export const COMPACT_EMBED_HEIGHT = 640;

/** Escapes a value for a double-quoted HTML attribute (HTML §13.1.2.3): the snippet is HTML the host pastes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface SnippetInput {
  src: string;
  title: string;
  width: number;
  height: number;
}

/**
 * The iframe: a title for screen readers (WCAG 4.1.2), loading="lazy" so a long course page does
 * not load every demo at once, and a width that shrinks on narrow screens.
 */
export function iframeSnippet({ src, title, width, height }: SnippetInput): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** The same snippet with the resize script after it: the frame then takes its content's height. */
export function resizeScriptTag(origin: string): string {
  return `<script src="${escapeAttribute(`${origin}/embed-resize.js`)}" async></script>`;
}
