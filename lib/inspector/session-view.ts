/**
 * Helpers that turn a server-session record from the exchange into something a learner reads at a
 * glance: sizes, shortened values and relative times. Display only; the record itself is the truth.
 */
import { octets } from "../cookie/grammar";

/** UTF-8 bytes of the JSON text: the size the server's per-session limit counts. */
export function jsonBytes(value: unknown): number {
  return octets(JSON.stringify(value) ?? "");
}

/** A value as JSON, cut to `max` characters so a megabyte of filler does not flood the page. */
export function shortJson(value: unknown, max = 80): { text: string; cut: boolean; bytes: number } {
  const json = JSON.stringify(value) ?? "undefined";
  const bytes = jsonBytes(value);
  return json.length > max ? { text: `${json.slice(0, max)}…`, cut: true, bytes } : { text: json, cut: false, bytes };
}

/** "in 30 min", "5 s ago", "now": how far `iso` is from `now` (ms), rounded to the largest whole unit. */
export function relativeTime(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const abs = Math.abs(diff);
  if (abs < 1000) return "now";
  const [n, unit] = abs >= 3_600_000 ? [abs / 3_600_000, "h"] : abs >= 60_000 ? [abs / 60_000, "min"] : [abs / 1000, "s"];
  const shown = unit === "h" ? Math.round(n * 10) / 10 : Math.round(n);
  return diff > 0 ? `in ${shown} ${unit}` : `${shown} ${unit} ago`;
}

/** A timeout in seconds as a person says it: "20 s", "30 min", "8 h", "1.5 h". */
export function shortDuration(seconds: number | undefined): string {
  if (seconds === undefined) return "?";
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round((seconds / 60) * 10) / 10} min`;
  return `${Math.round((seconds / 3600) * 10) / 10} h`;
}

/** An exact byte count with thousands separators: "54 bytes", "4,097 bytes", "1,048,576 bytes". */
export function formatBytes(n: number): string {
  return `${n.toLocaleString("en-US")} byte${n === 1 ? "" : "s"}`;
}
