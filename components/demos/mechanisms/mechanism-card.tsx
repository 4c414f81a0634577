import { Button } from "@/components/ui/button";
import type { ReplayVerdict } from "../replay";
import type { Holdings } from "./holdings";
import type { DemoMechanism } from "./demo-mechanisms";

interface Props {
  facts: DemoMechanism;
  holdings: Holdings | undefined;
  revoke: ReplayVerdict | undefined;
  onRevoke: () => void;
  disabled: boolean;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-stone-100 py-2 dark:border-stone-800">
      <dt className="text-xs font-medium text-stone-600 dark:text-stone-400">{term}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

const short = (s: string) => (s.length > 56 ? `${s.slice(0, 56)}…` : s);

/** One mechanism of the comparison: what each side holds, who can read or change it, and a revoke to try. */
export function MechanismCard({ facts, holdings, revoke, onRevoke, disabled }: Props) {
  const h = holdings;
  return (
    <section
      aria-labelledby={`mech-${facts.id}`}
      data-testid={`card-${facts.id}`}
      className="flex min-w-0 flex-col rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-700 dark:bg-stone-900"
    >
      <h3 id={`mech-${facts.id}`} className="font-semibold">
        {facts.title}
      </h3>
      <dl className="mt-2 flex-1">
        <Row term="The browser holds">
          {h?.cookie ? (
            <code className="font-mono text-xs break-all" title={`${h.cookie.name}=${h.cookie.value}`}>
              {short(`${h.cookie.name}=${h.cookie.value}`)}
            </code>
          ) : (
            <span className="italic">Nothing yet</span>
          )}
        </Row>
        <Row term="Size on every request">{h?.cookie ? <span data-testid={`bytes-${facts.id}`}>{h.bytes} bytes</span> : "–"}</Row>
        <Row term="Page JavaScript">{h?.cookie ? (h.httpOnly ? "Cannot read it (HttpOnly)" : "Can read it (document.cookie)") : "–"}</Row>
        <Row term="The server holds">
          {facts.id !== "server" ? (
            "Nothing"
          ) : h?.serverData ? (
            <span data-testid="server-data">
              <code className="font-mono text-xs">{JSON.stringify(h.serverData)}</code> in its {h.store} store
            </span>
          ) : (
            "–"
          )}
        </Row>
        <Row term="Who can read it">{facts.readableBy}</Row>
        <Row term="Who can change it">{facts.changeableBy}</Row>
        <Row term="Can the server revoke it?">{facts.revocable}</Row>
      </dl>
      <Button
        onClick={onRevoke}
        disabled={disabled || !h?.cookie}
        why={h?.cookie ? undefined : "Log in first: there is nothing to revoke yet."}
        className="mt-2 self-start"
      >
        Try to revoke<span className="sr-only"> ({facts.title})</span>
      </Button>
      {revoke && (
        <div
          data-testid={`revoke-${facts.id}`}
          className={`mt-2 rounded-md border p-2 text-sm ${revoke.accepted ? "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"}`}
        >
          <p className="font-semibold">{revoke.headline}</p>
          <p className="mt-1 text-xs">{revoke.reason}</p>
        </div>
      )}
    </section>
  );
}
