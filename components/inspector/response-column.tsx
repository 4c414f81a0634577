import { useEmbed } from "@/components/embed/embed-context";
import { ExplainedCookie } from "@/components/explain/explained-cookie";
import type { RequestContext } from "@/lib/cookie/context";
import type { explain as Explain, ExplainedCookie as Explained } from "@/lib/cookie/explain";
import { Code, Column, Empty } from "./column";
import type { Step } from "./types";
import { useExplainer } from "./use-explainer";

/** The explainer's reading of the lines, as the browser received them from this step's URL. */
function explainStep(explain: typeof Explain | null, step: Step, lines: string[], context?: RequestContext): Explained[] {
  if (!explain) return [];
  try {
    return explain({ setCookie: lines, url: step.url, now: step.at, context }).cookies;
  } catch {
    return []; // the URL came from this page, so this does not happen; the raw lines still show
  }
}

/** Column 1: the raw Set-Cookie lines of the response, each with the browser's verdict and every attribute explained. */
export function ResponseColumn({ step }: { step: Step }) {
  const lines = step.exchange?.response.setCookie ?? [];
  // In a frame on another site the browser judges every line as a third-party cookie.
  const crossSite = useEmbed()?.crossSite;
  const context: RequestContext | undefined = crossSite ? { site: "cross-site", frame: "iframe", method: step.method, thirdPartyCookies: crossSite.thirdPartyCookies } : undefined;
  const explained = explainStep(useExplainer(), step, lines, context);
  return (
    <Column n={1} title="Response: Set-Cookie" caption="What the server told the browser to store, exactly as sent, and what the browser makes of it.">
      {step.error && (
        <p role="alert" data-testid="api-error" className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <strong>{step.status}</strong> <code className="font-mono">{step.error.code}</code>: {step.error.message}
        </p>
      )}
      {lines.length === 0 ? (
        <Empty>No Set-Cookie header in this response: the browser&apos;s cookies stay as they were.</Empty>
      ) : (
        <ol className="space-y-3">
          {lines.map((line, i) => (
            <li key={i} data-testid="set-cookie-line" className="space-y-2">
              <Code label={`Set-Cookie line ${i + 1}`}>{`Set-Cookie: ${line}`}</Code>
              {explained[i] && <ExplainedCookie cookie={explained[i]} showLine={false} />}
            </li>
          ))}
        </ol>
      )}
    </Column>
  );
}
