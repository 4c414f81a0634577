import { shortDuration } from "@/lib/inspector/session-view";
import { Code, Column } from "./column";
import { ReadableRecord } from "./readable-record";
import { SessionRecord } from "./session-record";
import type { ServerSessionState } from "@/lib/exchange/server-state";
import type { Step } from "./types";

/** What the session table shows; the rest of the state stays as JSON below it. */
const TABLE_KEYS = new Set(["session", "store", "outcome", "limits", "storeNote"]);

/** Column 4: what the server holds for this visitor after the request. */
export function ServerColumn({ step }: { step: Step }) {
  const server = step.exchange?.server;
  const { mechanism, instance, summary, ...details } = server ?? { mechanism: "", instance: "", summary: "" };
  // A server session reads best as a table; whatever else the server reported stays as JSON below it.
  const table = server && "session" in server ? server : null;
  const json = table ? Object.fromEntries(Object.entries(details).filter(([key]) => !TABLE_KEYS.has(key))) : details;
  return (
    <Column n={4} title="Server: what it keeps" caption="The server's own state for this visitor, after the request.">
      {!server ? (
        <p>No answer from the server.</p>
      ) : (
        <>
          <p data-testid="server-summary">{summary}</p>
          {table && <SessionTable state={table} now={step.at} />}
          {Object.keys(json).length > 0 && <ReadableRecord record={json} />}
          {Object.keys(details).length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-xs font-medium">Raw JSON (exchange.server)</summary>
              <Code label="Server state">{JSON.stringify(details, null, 2)}</Code>
            </details>
          )}
          <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
            Mechanism <span className="font-mono">{mechanism}</span>, answered by <span className="font-mono">{instance}</span>.
          </p>
        </>
      )}
    </Column>
  );
}

/** A server session: its store, the outcome of this request, its timeouts and the store's record. */
function SessionTable({ state, now }: { state: ServerSessionState; now: number }) {
  const { session, store, outcome, limits, storeNote } = state;
  const renews = !limits.rolling
    ? ""
    : limits.renewAfterSeconds > 0
      ? ` (a request renews it, at most once every ${shortDuration(limits.renewAfterSeconds)})`
      : " (each request renews it)";
  return (
    <>
      <p className="mt-2 text-xs">
        Store <span className="font-mono">{store}</span>, outcome{" "}
        <span className="font-mono" data-testid="session-outcome">
          {outcome}
        </span>
        <span className="text-stone-600 dark:text-stone-400">. {storeNote}</span>
      </p>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
        Ends after {shortDuration(limits.idleTimeoutSeconds)} idle{renews} or {shortDuration(limits.absoluteTimeoutSeconds)} in all.
      </p>
      {session ? (
        <SessionRecord session={session} now={now} maxBytes={limits.maxDataBytes} />
      ) : (
        <p className="mt-2 text-xs italic" data-testid="no-session-record">
          The store holds no session for this visitor.
        </p>
      )}
    </>
  );
}
