import type { RunningEngine } from "@/lib/cookie/running-engine";
import type { CheckRow, Prediction } from "@/lib/inspector/attribute-check";
import { agreementSummary, engineSubject, predictionsNote } from "@/lib/inspector/engine-sentences";

export interface Check {
  line: string;
  prediction: Prediction;
  rows: CheckRow[];
  /** What each probe path received after the set, for the learner to see. */
  seen: { where: string; header: string | null }[];
}

const yesNo = (b: boolean) => (b ? "yes" : "no");
const AGREEMENT = {
  agree: { text: "Agree", className: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" },
  disagree: { text: "Disagree", className: "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100" },
  unclear: {
    text: "Can't tell: an older cookie with this name and value was already there",
    className: "bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100",
  },
} as const;

/** The explainer's prediction for the last line next to what the browser the page runs in actually did with it. */
export function Comparison({ check, engine }: { check: Check; engine: RunningEngine | null }) {
  const { prediction: p, rows } = check;
  const who = engineSubject(engine);
  const whoInside = engineSubject(engine, false);
  const disagreements = rows.filter((r) => r.agreement === "disagree").length;
  return (
    <section aria-labelledby="attributes-check" className="rounded-xl border border-stone-200 p-4 dark:border-stone-700" data-testid="attribute-check">
      <h2 id="attributes-check" className="text-lg font-semibold">
        Predicted vs what {whoInside} did
      </h2>
      <p className="mt-1 text-sm" data-testid="browser-outcome">
        {p.stored ? (
          <>
            The explainer predicts {whoInside} <strong>keeps</strong> <span className="font-mono">{p.name}</span>.{predictionsNote(engine)}
          </>
        ) : p.reason?.code === "Expired" ? (
          <>
            The line is already expired, so {whoInside} <strong>deletes</strong> any <span className="font-mono">{p.name}</span> with this path and domain and
            keeps nothing.{predictionsNote(engine)}
          </>
        ) : (
          <>
            {who} <strong>refused</strong> this cookie: {p.reason?.message} <code className="font-mono text-xs">({p.reason?.code})</code> It is absent
            afterwards: JavaScript cannot see it and no request carries it.{predictionsNote(engine)}
          </>
        )}
      </p>
      <div className="mt-3 overflow-x-auto" role="region" aria-label="Checks, scrolls sideways" tabIndex={0}>
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">
            For each place the cookie could show up: the explainer&apos;s prediction, what {whoInside} did, and whether they agree
          </caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-600">
              <th scope="col" className="py-1 pr-3">
                Does the cookie show up in…
              </th>
              <th scope="col" className="py-1 pr-3">
                Explainer predicted
              </th>
              <th scope="col" className="py-1 pr-3">
                {who} did
              </th>
              <th scope="col" className="py-1">
                Agreement
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.where} className="border-b border-stone-200 align-top dark:border-stone-800" data-testid="check-row">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r.where}
                </th>
                <td className="py-1 pr-3">{yesNo(r.predicted)}</td>
                <td className="py-1 pr-3">{yesNo(r.observed)}</td>
                <td className="py-1">
                  <span className={`rounded px-2 py-0.5 ${AGREEMENT[r.agreement].className}`}>{AGREEMENT[r.agreement].text}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm font-medium" data-testid="agreement-summary">
        {agreementSummary(engine, disagreements, rows.length)}
      </p>
      <ul className="mt-2 space-y-1 text-xs" aria-label="What each path received">
        {check.seen.map((s) => (
          <li key={s.where}>
            <span className="font-medium">{s.where}:</span> <code className="font-mono break-all">{s.header ?? "(nothing)"}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
