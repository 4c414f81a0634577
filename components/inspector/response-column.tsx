import { hasFlag, isDeletion, splitSetCookie } from "@/lib/inspector/set-cookie-attributes";
import { glossary } from "@/lib/inspector/attribute-glossary";
import { Code, Column, Empty } from "./column";
import type { Step } from "./types";

/** Column 1: the raw Set-Cookie lines of the response, each attribute explained. */
export function ResponseColumn({ step }: { step: Step }) {
  const lines = step.exchange?.response.setCookie ?? [];
  return (
    <Column n={1} title="Response: Set-Cookie" caption="What the server told the browser to store, exactly as sent.">
      {step.error && (
        <p role="alert" data-testid="api-error" className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <strong>{step.status}</strong> <code className="font-mono">{step.error.code}</code>: {step.error.message}
        </p>
      )}
      {lines.length === 0 ? (
        <Empty>No Set-Cookie header in this response: the browser&apos;s cookies stay as they were.</Empty>
      ) : (
        <ol className="space-y-3">
          {lines.map((line, i) => {
            const parts = splitSetCookie(line);
            return (
              <li key={i} data-testid="set-cookie-line">
                <Code label={`Set-Cookie line ${i + 1}`}>{`Set-Cookie: ${line}`}</Code>
                <ul className="mt-1 space-y-1 text-xs text-stone-700 dark:text-stone-300">
                  <li>
                    <span className="font-mono font-semibold">{parts.name || "(no name)"}</span>
                    {isDeletion(parts) ? " will be deleted: its expiry is already past." : hasFlag(parts, "Max-Age") || hasFlag(parts, "Expires") ? " is a persistent cookie." : " is a session cookie: it lives until the browser closes."}
                  </li>
                  {parts.attributes.map((a, j) => (
                    <li key={j}>
                      <span className="font-mono">{a.value === null ? a.name : `${a.name}=${a.value}`}</span>: {glossary(a.name)}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </Column>
  );
}
