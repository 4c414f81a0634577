/**
 * Set-Cookie lines as a learner pastes them into the explainer: copied from DevTools, `curl -i`
 * or a server log, they often keep the header name in front ("Set-Cookie: foo=bar"). A browser
 * never sees that name inside the value, so the explainer takes it off, and says it did.
 */

/** The header name and its colon at the start of a line, in any case (RFC 9110 §5.1: names are case-insensitive). */
export const LEADING_HEADER_NAME = /^[ \t]*set-cookie[ \t]*:[ \t]*/i;

export interface PastedLines {
  /** The non-blank lines, each without a leading "Set-Cookie:". */
  lines: string[];
  /** The 1-based numbers (among `lines`) of the lines that had one. */
  stripped: number[];
}

/** Splits pasted text into Set-Cookie lines, dropping blank lines and a leading header name. */
export function pastedSetCookieLines(text: string): PastedLines {
  const lines: string[] = [];
  const stripped: number[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "") continue;
    const header = LEADING_HEADER_NAME.exec(raw);
    lines.push(header ? raw.slice(header[0].length) : raw);
    if (header) stripped.push(lines.length);
  }
  return { lines, stripped };
}

/** The sentence the explainer shows when it took header names off, or null when it took none. */
export function strippedNote({ stripped }: PastedLines): string | null {
  if (stripped.length === 0) return null;
  const which = stripped.length === 1 ? `line ${stripped[0]}` : `lines ${stripped.join(", ")}`;
  return `Removed the header name "Set-Cookie:" from the start of ${which}: a browser gets only what follows it, so that is what is explained.`;
}
