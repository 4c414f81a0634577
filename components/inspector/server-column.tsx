import { Code, Column } from "./column";
import type { Step } from "./types";

/** Column 4: what the server holds for this visitor after the request. */
export function ServerColumn({ step }: { step: Step }) {
  const server = step.exchange?.server;
  const { mechanism, instance, summary, ...details } = server ?? { mechanism: "", instance: "", summary: "" };
  return (
    <Column n={4} title="Server: what it keeps" caption="The server's own state for this visitor, after the request.">
      {!server ? (
        <p>No answer from the server.</p>
      ) : (
        <>
          <p data-testid="server-summary">{summary}</p>
          {Object.keys(details).length > 0 && <Code label="Server state">{JSON.stringify(details, null, 2)}</Code>}
          <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
            Mechanism <span className="font-mono">{mechanism}</span>, answered by <span className="font-mono">{instance}</span>.
          </p>
        </>
      )}
    </Column>
  );
}
