import type { StatefulMechanism } from "@/lib/mechanisms";
import type { ReplayVerdict } from "../replay";

export interface Results {
  login?: { setCookie: string[]; ids?: { previousId: string | null; newId: string | null } };
  stolen?: { name: string; value: string; mechanism: StatefulMechanism };
  replay?: ReplayVerdict;
}

function Id({ label, value, testId }: { label: string; value: string | null; testId: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-stone-600 dark:text-stone-400">{label}</dt>
      <dd data-testid={testId} className="font-mono text-xs break-all">
        {value ?? "none (no session before login)"}
      </dd>
    </div>
  );
}

/** What the flow has shown so far: the IDs around login, the stolen copy, and the replay's verdict. */
export function FlowResults({ results }: { results: Results }) {
  const { login, stolen, replay } = results;
  if (!login && !stolen && !replay) return null;
  return (
    <div className="grid gap-3 @2xl:grid-cols-3">
      {login?.ids && (
        <section aria-label="Session IDs around login" className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
          <h3 className="text-sm font-semibold">Login regenerated the session ID</h3>
          <dl className="mt-2 space-y-2">
            <Id label="Before login" value={login.ids.previousId} testId="previous-id" />
            <Id label="After login" value={login.ids.newId} testId="new-id" />
          </dl>
          <p className="mt-2 text-xs text-stone-700 dark:text-stone-300">
            An ID someone planted or saw before login is destroyed, so it cannot ride on your login (session fixation).
          </p>
        </section>
      )}
      {stolen && (
        <section aria-label="The stolen copy" className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
          <h3 className="text-sm font-semibold">The attacker&apos;s copy</h3>
          <p data-testid="stolen-cookie" className="mt-2 font-mono text-xs break-all">
            {stolen.name}={stolen.value}
          </p>
        </section>
      )}
      {replay && (
        <section
          aria-label="Replay verdict"
          data-testid="replay-verdict"
          className={`rounded-lg border p-3 ${replay.accepted ? "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"}`}
        >
          <h3 className="text-sm font-semibold">{replay.headline}</h3>
          <p className="mt-1 text-xs">{replay.reason}</p>
        </section>
      )}
    </div>
  );
}
