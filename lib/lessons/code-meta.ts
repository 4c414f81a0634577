/**
 * Reads the meta string of a fenced code block: ```ts title="…" file="app/api/cookies/route.ts".
 * `file` names a file of this project whose text replaces the block's body at build time.
 */
export function parseCodeMeta(meta: string | null | undefined): { title?: string; file?: string } {
  const out: { title?: string; file?: string } = {};
  for (const m of (meta ?? "").matchAll(/(title|file)="([^"]*)"/g)) {
    if (m[1] === "title" || m[1] === "file") out[m[1]] = m[2];
  }
  return out;
}
