import { octets } from "../cookie/grammar";
import { formatBytes } from "./session-view";

/**
 * A run with no break in it: a cookie's name or value, a token, a base64 blob. Headers, cookie
 * strings, JSON and curl commands are made of these, between `; `, `=`, `&`, quotes and spaces.
 */
const RUN = /[^\s;,&="'{}[\]]+/g;

/** A run longer than this is shortened: a JWT or a seal (~200-350 characters) stays whole, a 4 KB filler does not. */
export const LONG_RUN = 400;
const HEAD = 40;
const TAIL = 12;

/**
 * The text with every run longer than `max` cut to its start and end around a byte count, e.g.
 * `xxxx…[+3,964 bytes]…xxxx`; `cut` says whether anything was. The separators and every short
 * run stay as they are, so a header's attributes and other cookies still read in full.
 */
export function shortenLongRuns(text: string, max = LONG_RUN): { text: string; cut: boolean } {
  let cut = false;
  const short = text.replace(RUN, (run) => {
    if (run.length <= max) return run;
    cut = true;
    const hidden = run.slice(HEAD, run.length - TAIL);
    return `${run.slice(0, HEAD)}…[+${formatBytes(octets(hidden))}]…${run.slice(-TAIL)}`;
  });
  return { text: short, cut };
}
