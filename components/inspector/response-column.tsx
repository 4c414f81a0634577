import { ExplainedCookie } from "@/components/explain/explained-cookie";
import { Code, Column, Empty, RawNote } from "./column";
import type { Step } from "./types";
import { useStepExplainer } from "./use-explainer";

/** Column 1: the raw Set-Cookie lines of the response, each with the browser's verdict and every attribute explained. */
export function ResponseColumn({ step }: { step: Step }) {
  const lines = step.exchange?.response.setCookie ?? [];
  const raw = step.exchange?.response.setCookieRaw;
  const explained = useStepExplainer()(step, lines);
  return (
    <Column n={1} title="Response: Set-Cookie" caption="What the server told the browser to store, exactly as sent, and what the browser makes of it.">
      {step.error && (
        <p
          role="alert"
          data-testid="api-error"
          className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <strong>{step.status}</strong> <code className="font-mono">{step.error.code}</code>: {step.error.message}
        </p>
      )}
      {lines.length === 0 ? (
        <Empty>No Set-Cookie header in this response: the browser&apos;s cookies stay as they were.</Empty>
      ) : (
        <ol className="space-y-3">
          {lines.map((line, i) => (
            <li key={i} data-testid="set-cookie-line" className="space-y-2">
              <div>
                <Code label={`Set-Cookie line ${i + 1}`}>{`Set-Cookie: ${line}`}</Code>
                <RawNote raw={raw?.[i]} />
              </div>
              {explained[i] && <ExplainedCookie cookie={explained[i]} showLine={false} />}
            </li>
          ))}
        </ol>
      )}
    </Column>
  );
}
