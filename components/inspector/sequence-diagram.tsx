import { shortenLongRuns } from "@/lib/inspector/shorten";
import type { Step } from "./types";

function Arrow({ direction, title, lines }: { direction: "right" | "left"; title: string; lines: string[] }) {
  return (
    <li className={`relative py-2 ${direction === "right" ? "pr-6" : "pl-6"}`}>
      <p className={`font-mono text-xs font-semibold ${direction === "left" ? "text-right" : ""}`}>{title}</p>
      {lines.map((l, i) => (
        <p
          key={i}
          className={`truncate font-mono text-xs text-stone-600 dark:text-stone-400 ${direction === "left" ? "text-right" : ""}`}
          title={shortenLongRuns(l).text}
        >
          {shortenLongRuns(l).text}
        </p>
      ))}
      <div aria-hidden="true" className="mt-1 flex items-center text-cookie-700 dark:text-amber-300">
        {direction === "left" && <span className="text-base leading-none">◀</span>}
        <span className="h-0.5 flex-1 bg-current" />
        {direction === "right" && <span className="text-base leading-none">▶</span>}
      </div>
    </li>
  );
}

/** The request and the response of one step, drawn between the browser and the server. */
export function SequenceDiagram({ step }: { step: Step }) {
  const path = new URL(step.url).pathname + new URL(step.url).search;
  const cookie = step.exchange?.request.cookieHeader;
  const setCookie = step.exchange?.response.setCookie ?? [];
  return (
    <figure className="min-w-0 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
      <figcaption className="sr-only">Sequence diagram of the request and the response</figcaption>
      <div className="flex justify-between text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
        <span>Browser</span>
        <span>Server</span>
      </div>
      <ol className="border-x-2 border-dashed border-stone-300 px-2 dark:border-stone-600">
        <Arrow direction="right" title={`${step.method} ${path}`} lines={[cookie ? `Cookie: ${cookie}` : "(no Cookie header)"]} />
        <Arrow
          direction="left"
          title={`${step.status || "no response"}${step.error ? ` ${step.error.code}` : ""}`}
          lines={setCookie.length ? setCookie.map((l) => `Set-Cookie: ${l}`) : ["(no Set-Cookie)"]}
        />
      </ol>
    </figure>
  );
}
