import { shortDuration, isSessionRecord } from "@/lib/inspector/session-view";
import { Code, Column } from "./column";
import { ReadableRecord } from "./readable-record";
import { SessionRecord } from "./session-record";
import type { Step } from "./types";

/** Column 4: what the server holds for this visitor after the request. */
export function ServerColumn({ step }: { step: Step }) {
  const server = step.exchange?.server;
  const { mechanism, instance, summary, ...details } = server ?? { mechanism: "", instance: "", summary: "" };
  // A server session reads best as a table; whatever else the server reported stays as JSON below it.
  const { session, store, outcome, limits, storeNote, ...rest } = (mechanism === "server" ? details : {}) as Record<string, unknown>;
  const asTable = mechanism === "server" && (session === null || isSessionRecord(session));
  const { maxDataBytes, idleTimeoutSeconds, absoluteTimeoutSeconds, rolling, renewAfterSeconds } = (limits ?? {}) as Record<
    string,
    number | boolean | undefined
  >;
  const renews = !rolling
    ? ""
    : typeof renewAfterSeconds === "number" && renewAfterSeconds > 0
      ? ` (a request renews it, at most once every ${shortDuration(renewAfterSeconds)})`
      : " (each request renews it)";
  const json = asTable ? rest : details;
  return (
    <Column n={4} title="Server: what it keeps" caption="The server's own state for this visitor, after the request.">
      {!server ? (
        <p>No answer from the server.</p>
      ) : (
        <>
          <p data-testid="server-summary">{summary}</p>
          {asTable && (
            <>
              <p className="mt-2 text-xs">
                Store <span className="font-mono">{String(store)}</span>, outcome{" "}
                <span className="font-mono" data-testid="session-outcome">
                  {String(outcome)}
                </span>
                {typeof storeNote === "string" && <span className="text-stone-600 dark:text-stone-400">. {storeNote}</span>}
              </p>
              {typeof idleTimeoutSeconds === "number" && typeof absoluteTimeoutSeconds === "number" && (
                <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                  Ends after {shortDuration(idleTimeoutSeconds)} idle{renews} or {shortDuration(absoluteTimeoutSeconds)} in all.
                </p>
              )}
              {isSessionRecord(session) ? (
                <SessionRecord session={session} now={step.at} maxBytes={typeof maxDataBytes === "number" ? maxDataBytes : undefined} />
              ) : (
                <p className="mt-2 text-xs italic" data-testid="no-session-record">
                  The store holds no session for this visitor.
                </p>
              )}
            </>
          )}
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
