import type { Verdict } from "@/lib/exchange/server-state";

// The lab's one colour language: green is what the learner wants (the cookie as issued works, a
// forgery is refused), red a security failure (a forged claim believed), grey nothing to judge.
const STYLES = {
  wanted: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  failure: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  none: "border-stone-300 bg-stone-50 text-stone-900 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100",
} as const;

const toneOf = (v: Verdict): keyof typeof STYLES => (v.forged ? "failure" : v.verdict === "missing" ? "none" : "wanted");

/** The server's answer for one lab cookie: the verdict and its reason. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <div data-testid={`verdict-${verdict.mechanism}`} data-tone={toneOf(verdict)} className={`rounded-md border p-2 text-sm ${STYLES[toneOf(verdict)]}`}>
      <p className="font-semibold">{verdict.headline}</p>
      <p className="mt-1 text-xs">{verdict.reason}</p>
    </div>
  );
}
