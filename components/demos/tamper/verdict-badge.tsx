import type { Verdict } from "@/lib/api/tamper/verdicts";

const STYLES = {
  accepted: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  refused: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  missing: "border-stone-300 bg-stone-50 text-stone-900 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100",
} as const;

/** The server's answer for one lab cookie: the verdict and its reason. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <div data-testid={`verdict-${verdict.mechanism}`} className={`rounded-md border p-2 text-sm ${STYLES[verdict.verdict]}`}>
      <p className="font-semibold">{verdict.headline}</p>
      <p className="mt-1 text-xs">{verdict.reason}</p>
    </div>
  );
}
