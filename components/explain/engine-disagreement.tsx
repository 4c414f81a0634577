import { engineName } from "@/lib/cookie/engines";
import type { AcrossLine } from "@/lib/cookie/explain";
import { Verdict } from "./verdict";

/** When Chromium and Firefox do different things with a line: both verdicts, side by side, each with its reason. */
export function EngineDisagreement({ line }: { line: AcrossLine }) {
  const names = line.verdicts.map((v) => engineName(v.browser));
  return (
    <section
      className="rounded border border-violet-300 p-2 dark:border-violet-700"
      data-testid="engine-disagreement"
      aria-label={`${names.join(" and ")} disagree on this line`}
    >
      <h3 className="text-sm font-semibold">{names.join(" and ")} disagree</h3>
      <div className="mt-1 grid gap-2 sm:grid-cols-2">
        {line.verdicts.map(({ browser, cookie }) => {
          // The step that names the engine's own rule, when the verdict alone does not say why (e.g. partitioned).
          const why = cookie.stored
            ? (cookie.steps.find((s) => s.includes(engineName(browser)) || s.startsWith("Partitioned")) ??
              cookie.warnings.find((w) => w.includes(engineName(browser))))
            : undefined;
          return (
            <div key={browser} className="space-y-1" data-testid={`verdict-${browser}`}>
              <h4 className="text-xs font-semibold tracking-wide uppercase">{engineName(browser)}</h4>
              <Verdict cookie={cookie} />
              {cookie.name !== "" || cookie.value !== "" ? (
                <p className="font-mono text-xs break-all">
                  {cookie.name === "" ? "(no name)" : cookie.name} = {cookie.value === "" ? "(empty)" : cookie.value}
                </p>
              ) : null}
              {why && <p className="text-xs">{why}</p>}
            </div>
          );
        })}
      </div>
    </section>
  );
}
