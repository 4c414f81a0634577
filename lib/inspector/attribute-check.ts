/**
 * The attributes playground's check: what the explainer predicts for one Set-Cookie line, set
 * against what the browser then showed (document.cookie and the Cookie header of later requests).
 * A cookie is recognised by its name=value pair, so older cookies of the same name do not count.
 */
import type { RequestContext } from "../cookie/context";
import type { explain as Explain } from "../cookie/explain";
import type { Reason } from "../cookie/reasons";
import { parseCookieHeader } from "../cookie/cookie-header";
import { hasFlag, splitSetCookie } from "./set-cookie-attributes";

export interface Prediction {
  name: string;
  value: string;
  stored: boolean;
  reason?: Reason;
  /** Whether `document.cookie` on the page shows it. */
  visibleToJs: boolean;
  /** For each probe URL, whether the next request there carries it. */
  sentTo: Record<string, boolean>;
}

/** What the page saw: `document.cookie`, and the Cookie header each probe URL received (null: none). */
export interface Observation {
  documentCookie: string;
  headers: Record<string, string | null>;
}

export type Agreement = "agree" | "disagree" | "unclear";

export interface CheckRow {
  where: string;
  predicted: boolean;
  observed: boolean;
  agreement: Agreement;
}

const carries = (header: string | null, name: string, value: string) => parseCookieHeader(header).some((c) => c.name === name && c.value === value);

/**
 * The explainer's prediction for `line`, received from `setUrl`, seen from `pageUrl` and sent to
 * each probe; `context.browser` says whose (the engine the page runs in).
 */
export function predict(
  explain: typeof Explain,
  line: string,
  setUrl: string,
  pageUrl: string,
  probeUrls: string[],
  now = Date.now(),
  context?: RequestContext,
): Prediction {
  const [cookie] = explain({ setCookie: line, url: setUrl, now, context }).cookies;
  const name = cookie?.name ?? "";
  const value = cookie?.value ?? "";
  const stored = cookie?.stored ?? false;
  const sentAt = (url: string) => stored && carries(explain({ setCookie: line, url: setUrl, requestUrl: url, now, context }).cookieHeader, name, value);
  const httpOnly = hasFlag(splitSetCookie(line), "HttpOnly");
  return {
    name,
    value,
    stored,
    ...(cookie?.reason ? { reason: cookie.reason } : {}),
    visibleToJs: !httpOnly && sentAt(pageUrl),
    sentTo: Object.fromEntries(probeUrls.map((u) => [u, sentAt(u)])),
  };
}

function row(where: string, predicted: boolean, observed: boolean, before: boolean): CheckRow {
  // An older cookie with the same name and value was already there: this set's effect cannot be told apart.
  const agreement: Agreement = predicted === observed ? "agree" : before && observed ? "unclear" : "disagree";
  return { where, predicted, observed, agreement };
}

/** One row per place the cookie could show up: document.cookie, then each probe, in order. */
export function compare(p: Prediction, before: Observation, after: Observation): CheckRow[] {
  const js = row(
    "document.cookie on this page",
    p.visibleToJs,
    carries(after.documentCookie, p.name, p.value),
    carries(before.documentCookie, p.name, p.value),
  );
  const probes = Object.entries(p.sentTo).map(([url, predicted]) =>
    row(
      `Cookie header sent to ${new URL(url).pathname}`,
      predicted,
      carries(after.headers[url] ?? null, p.name, p.value),
      carries(before.headers[url] ?? null, p.name, p.value),
    ),
  );
  return [js, ...probes];
}
