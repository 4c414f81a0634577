import type { ExplainedCookie as Explained } from "@/lib/cookie/explain";
import { LongCode, LongInline } from "@/components/inspector/long-text";
import { Verdict } from "./verdict";

/** One Set-Cookie line as a browser reads it: the verdict, each attribute in a sentence, and the steps. */
export function ExplainedCookie({ cookie, showLine = true }: { cookie: Explained; showLine?: boolean }) {
  return (
    <div className="space-y-2" data-testid="explained-cookie">
      {showLine && (
        <LongCode
          text={`Set-Cookie: ${cookie.line}`}
          className="rounded bg-stone-100 p-2 font-mono text-xs break-words whitespace-pre-wrap dark:bg-stone-800"
        />
      )}
      <Verdict cookie={cookie} />
      <dl className="space-y-1 text-xs">
        <div>
          <dt className="inline font-mono font-semibold">{cookie.name === "" ? "(no name)" : <LongInline text={cookie.name} />}</dt>
          <dd className="inline">
            {" "}
            = <span className="font-mono break-all">{cookie.value === "" ? "(empty)" : <LongInline text={cookie.value} />}</span>
          </dd>
        </div>
        {cookie.attributes.map((a, i) => (
          <div key={i} className={a.ignored ? "text-stone-600 dark:text-stone-400" : ""}>
            <dt className="inline font-mono font-semibold">{a.raw === null ? a.name : `${a.name}=${a.raw}`}</dt>
            <dd className="inline">
              {a.ignored && (
                <span className="ml-1 rounded bg-stone-200 px-1 text-[0.65rem] text-stone-800 uppercase dark:bg-stone-700 dark:text-stone-100">ignored</span>
              )}
              : {a.explanation}
            </dd>
          </div>
        ))}
      </dl>
      {cookie.warnings.map((w, i) => (
        <p key={i} className="rounded bg-amber-50 p-2 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <strong>Warning:</strong> {w}
        </p>
      ))}
      {cookie.steps.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-stone-700 dark:text-stone-300">What the browser did, step by step</summary>
          <ol className="mt-1 list-decimal space-y-1 pl-5">
            {cookie.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
