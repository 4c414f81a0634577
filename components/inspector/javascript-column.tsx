import { parseCookieHeader } from "@/lib/cookie/cookie-header";
import { hiddenFromJavaScript, type HiddenCookie } from "@/lib/inspector/hidden-cookies";
import { Code, Column, Empty } from "./column";
import type { Step } from "./types";
import { useStepExplainer } from "./use-explainer";

/** Why the cookie is missing, said only as far as the steps prove it (lib/inspector/hidden-cookies.ts). */
function reason(h: HiddenCookie, pagePath: string): string {
  switch (h.why) {
    case "httponly":
      return "it was set with HttpOnly, so the browser keeps it from JavaScript (it still sends it to the server).";
    case "path":
      return `it was set with Path=${h.path}, which does not include this page (${pagePath}), so document.cookie here leaves it out; the browser sends it only to URLs under ${h.path}.`;
    case "deleted":
      return "this response deleted it. The request still carried it (see the Cookie column), but the browser no longer keeps it.";
    case "unknown":
      // Sent but not readable: only HttpOnly or a Path that leaves this page out hides a cookie the
      // request carried; the line that set it came before these steps (or from page JavaScript).
      return "the browser sent it with this request, but document.cookie does not show it: it is HttpOnly, or its Path leaves out this page. The Set-Cookie line that set it came before these steps, so which of the two it is cannot be seen here.";
  }
}

/** Column 3: `document.cookie` as this page's JavaScript sees it, read right after the step. */
export function JavaScriptColumn({ step, history }: { step: Step; history: Step[] }) {
  const explainStep = useStepExplainer();
  const pairs = parseCookieHeader(step.documentCookie);
  // A line the browser refused is not in the jar, so it hides nothing (the refused notice says so).
  const refused = new Map(
    history.map((s) => [
      s,
      new Set(
        explainStep(s, s.exchange?.response.setCookie ?? [])
          .filter((c) => !c.stored && c.reason?.code !== "Expired")
          .map((c) => c.line),
      ),
    ]),
  );
  const hidden = hiddenFromJavaScript(history.slice(history.indexOf(step)), step.documentCookie, step.pageUrl, (line, s) => !refused.get(s)?.has(line));
  const pagePath = new URL(step.pageUrl).pathname;
  return (
    <Column n={3} title="JavaScript: document.cookie" caption="Read live in this page after the response arrived.">
      {pairs.length === 0 ? (
        <Empty>document.cookie is empty: JavaScript on this page sees no cookie.</Empty>
      ) : (
        <Code label="document.cookie">{step.documentCookie}</Code>
      )}
      {hidden.length > 0 && (
        <ul className="mt-2 space-y-1 text-xs" aria-label="Cookies JavaScript cannot see">
          {hidden.map((h) => (
            <li key={h.name} data-testid="hidden-cookie" className="rounded bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
              <span className="font-mono font-semibold">{h.name || "(no name)"}</span> is missing here: {reason(h, pagePath)}
            </li>
          ))}
        </ul>
      )}
    </Column>
  );
}
