import { parseCookieHeader } from "@/lib/cookie/cookie-header";
import { formatBytes } from "@/lib/inspector/session-view";
import type { Step } from "@/components/inspector/types";
import { useExplainer } from "@/components/inspector/use-explainer";
import { useRunningEngine } from "@/components/site/use-running-engine";
import { droppedCookie } from "@/lib/inspector/engine-sentences";
import { BIG_COOKIE } from "./sizes";

/**
 * What happened to the last cookie the learner grew: its size, the explainer's verdict on the
 * Set-Cookie line, and whether the Cookie header of the read right after it carried that cookie.
 */
export function CookieSizeResult({ size, set, read }: { size: number; set: Step; read: Step }) {
  const explain = useExplainer();
  const engine = useRunningEngine();
  const line = set.exchange?.response.setCookie[0];
  if (!line) return null;
  const verdict = explain?.({ setCookie: line, url: set.url, now: set.at }).cookies[0];
  const sent = parseCookieHeader(read.exchange?.request.cookieHeader ?? null).find((c) => c.name === BIG_COOKIE);
  const sentSize = sent ? BIG_COOKIE.length + sent.value.length : 0;
  const arrived = sentSize === size;
  return (
    <div className="rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-700" data-testid="cookie-size-result">
      <p>
        Name + value: <strong>{formatBytes(size)}</strong> (the limit is 4,096 bytes).
      </p>
      <p className="mt-1" data-testid="cookie-size-verdict">
        Explainer:{" "}
        {!verdict ? (
          "reading the line…"
        ) : verdict.stored ? (
          "stored."
        ) : (
          <>
            refused, <code className="font-mono">{verdict.reason?.code}</code>.
          </>
        )}
      </p>
      <p className="mt-1" data-testid="cookie-size-sent">
        {arrived
          ? `The next Cookie header carried it: ${formatBytes(size)} of ${BIG_COOKIE} sent with every request to this path.`
          : `The next Cookie header lacks it: ${droppedCookie(engine)}${sent ? ` It still carries the older ${BIG_COOKIE} of ${formatBytes(sentSize)}.` : ""}`}
      </p>
    </div>
  );
}
