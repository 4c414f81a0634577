import { parseCookieHeader } from "@/lib/exchange/cookie-header";
import { hiddenFromJavaScript } from "@/lib/inspector/hidden-cookies";
import { Code, Column, Empty } from "./column";
import type { Step } from "./types";

/** Column 3: `document.cookie` as this page's JavaScript sees it, read right after the step. */
export function JavaScriptColumn({ step, history }: { step: Step; history: Step[] }) {
  const pairs = parseCookieHeader(step.documentCookie);
  const hidden = hiddenFromJavaScript(history.slice(history.indexOf(step)), step.documentCookie);
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
              <span className="font-mono font-semibold">{h.name || "(no name)"}</span> is missing here:{" "}
              {h.why === "httponly"
                ? "it was set with HttpOnly, so the browser keeps it from JavaScript (it still sends it to the server)."
                : "the browser sends it to the server, but JavaScript cannot see it: it is HttpOnly, or its Path does not include this page."}
            </li>
          ))}
        </ul>
      )}
    </Column>
  );
}
