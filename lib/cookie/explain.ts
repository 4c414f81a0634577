/**
 * What a browser does with a batch of Set-Cookie lines, line by line, in words: which cookies it
 * keeps or refuses (with a DevTools-style reason), what each attribute means, and the Cookie
 * header it would send next. Backs POST /api/explain and the inspector's Response column.
 */
import type { AttributeRecord } from "./attributes";
import type { RequestContext } from "./context";
import type { Browser } from "./engines";
import { parseExplainInput, type ExplainInputError } from "./explain-input";
import { COOKIE_NAME, COOKIE_VALUE } from "./grammar";
import { CookieJar, type StoreResult } from "./jar";
import { LEADING_HEADER_NAME } from "./pasted-lines";
import type { Reason } from "./reasons";

export type ExplainInput = {
  setCookie: string | string[];
  /** The URL whose response carried the lines. @default "http://localhost/" */
  url?: string;
  /** The URL of the next request, whose Cookie header is computed. @default url */
  requestUrl?: string;
  /** The clock. @default the current time */
  now?: Date | string | number;
  /** The same context applies to the response and to the next request. */
  context?: RequestContext;
};

export type ExplainedCookie = {
  line: string;
  name: string;
  value: string;
  stored: boolean;
  reason?: Reason;
  /** Kept in a jar of its own for the top-level site: asked for (CHIPS), or Firefox's Total Cookie Protection. */
  partitionedBy?: "CHIPS" | "Total Cookie Protection";
  attributes: AttributeRecord[];
  steps: string[];
  warnings: string[];
};

export type ExplainResult = { cookies: ExplainedCookie[]; cookieHeader: string | null };

export const DEFAULT_URL = "http://localhost/";

/**
 * Explains `input.setCookie` as received from `input.url`. Never throws for any Set-Cookie text;
 * throws a TypeError only for a URL or date that cannot be parsed (validate untrusted input with
 * `explainUntrusted` instead).
 */
export function explain(input: ExplainInput): ExplainResult {
  const url = toUrl(input.url ?? DEFAULT_URL, "url");
  const requestUrl = toUrl(input.requestUrl ?? url.href, "requestUrl");
  const now = input.now === undefined ? new Date() : new Date(input.now);
  if (Number.isNaN(now.getTime())) throw new TypeError(`now: ${JSON.stringify(input.now)} is not a date`);
  const lines = typeof input.setCookie === "string" ? [input.setCookie] : input.setCookie;
  const jar = new CookieJar({ now: () => now });

  const results = lines.map((line) => ({ line, result: jar.setCookie(line, url, input.context) }));
  const kept = new Set(jar.all());
  const cookies = results.map(({ line, result }) => describe(line, result, kept, (c) => jar.whyNotSent(c, requestUrl, input.context), requestUrl));
  return { cookies, cookieHeader: jar.cookieHeader(requestUrl, input.context) };
}

export type AcrossLine = {
  line: string;
  /** What each engine does with this line, in the order asked. */
  verdicts: Array<{ browser: Browser; cookie: ExplainedCookie }>;
  /** The engines differ on whether it is kept, why not, how it is partitioned, or its name and value. */
  disagree: boolean;
};

export type AcrossResult = { lines: AcrossLine[]; cookieHeaders: Array<{ browser: Browser; cookieHeader: string | null }> };

/** The facts a learner compares between engines; the sentences differ anyway (they name the engine). */
function verdictKey(c: ExplainedCookie): string {
  return JSON.stringify([c.stored, c.reason?.code ?? null, c.partitionedBy ?? null, c.name, c.value]);
}

/**
 * Explains the same input once per engine (`input.context.browser` is overridden) and says, line
 * by line, whether they disagree. Pure: each engine gets its own throwaway jar and the same clock.
 */
export function explainAcross(input: ExplainInput, browsers: readonly Browser[]): AcrossResult {
  const now = input.now ?? new Date();
  return compareEngines(browsers.map((browser) => ({ browser, result: explain({ ...input, now, context: { ...input.context, browser } }) })));
}

/** Lines up results already computed per engine (e.g. one API call each), line by line. */
export function compareEngines(results: ReadonlyArray<{ browser: Browser; result: ExplainResult }>): AcrossResult {
  const count = Math.min(...results.map(({ result }) => result.cookies.length));
  const lines = Array.from({ length: Number.isFinite(count) ? count : 0 }, (_, i) => {
    const verdicts = results.map(({ browser, result }) => ({ browser, cookie: result.cookies[i]! }));
    const keys = new Set(verdicts.map((v) => verdictKey(v.cookie)));
    return { line: verdicts[0]!.cookie.line, verdicts, disagree: keys.size > 1 };
  });
  return { lines, cookieHeaders: results.map(({ browser, result }) => ({ browser, cookieHeader: result.cookieHeader })) };
}

/** Validates untrusted input (a request body) and explains it; never throws. */
export function explainUntrusted(input: unknown): { ok: true; result: ExplainResult } | { ok: false; error: ExplainInputError } {
  const parsed = parseExplainInput(input);
  if (!parsed.ok) return parsed;
  return { ok: true, result: explain(parsed.value) };
}

type Result = StoreResult & { parsed?: { name: string; value: string; attributes: AttributeRecord[] } };

function describe(
  line: string,
  result: Result,
  kept: Set<object>,
  whyNotSent: (c: NonNullable<Result["cookie"]>) => string | null,
  requestUrl: URL,
): ExplainedCookie {
  const { name, value } = result.parsed ?? roughNameValue(line);
  const steps = [...result.steps];
  const warnings = [...result.warnings];
  if (result.stored && result.cookie) {
    if (!kept.has(result.cookie)) {
      steps.push("A later line replaced or deleted this cookie (same name, domain and path).");
    } else {
      const why = whyNotSent(result.cookie);
      steps.push(why ? `Not sent to ${requestUrl.href}: ${why} (§5.8.3).` : `Sent to ${requestUrl.href} (§5.8.3).`);
    }
  }
  if (result.parsed) warnings.push(...grammarWarnings(name, value));
  const attributes = result.parsed?.attributes ?? [];
  if (result.cookie?.hostOnly) noteHostOnlyDomain(attributes, result.cookie.domain);
  return {
    line,
    name,
    value,
    stored: result.stored,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.stored && result.cookie?.partitionedBy ? { partitionedBy: result.cookie.partitionedBy } : {}),
    attributes,
    steps,
    warnings,
  };
}

/** §5.7 step 9: a Domain equal to a public-suffix host (e.g. localhost) leaves the cookie host-only. */
function noteHostOnlyDomain(attributes: AttributeRecord[], host: string): void {
  const domain = attributes.findLast((a) => a.name.toLowerCase() === "domain" && !a.ignored);
  if (domain?.effective) {
    domain.explanation = `${host} is itself a public suffix, so Domain=${domain.effective} is treated as no Domain: the cookie stays host-only, sent back only to ${host} (§5.7 step 9).`;
  }
}

/** RFC 6265 §4.1.1 is what servers SHOULD send; browsers accept more, so this only warns. */
function grammarWarnings(name: string, value: string): string[] {
  const warnings: string[] = [];
  if (name === "") {
    warnings.push("Nameless cookie: it is sent back as just its value, which many servers read as a cookie named after the value; give every cookie a name.");
  } else if (LEADING_HEADER_NAME.test(name)) {
    warnings.push(
      `The line starts with the header name "Set-Cookie:", so a browser takes ${JSON.stringify(name)} as the cookie's name. Send (or paste) only what follows "Set-Cookie: ".`,
    );
  } else if (!COOKIE_NAME.test(name)) {
    warnings.push(
      `The name ${JSON.stringify(name)} is not an RFC 6265 token (it has spaces, quotes, non-ASCII or separators); browsers keep it, but servers may not read it back.`,
    );
  }
  if (value !== "" && !COOKIE_VALUE.test(value)) {
    warnings.push(
      "The value has characters outside RFC 6265's cookie-octet set (spaces, commas, quotes, backslashes or non-ASCII); browsers keep it, but servers may not read it back. Encode it, e.g. with encodeURIComponent.",
    );
  }
  return warnings;
}

/** Shows a learner the name and value of a line the parser refused before splitting it. */
function roughNameValue(line: string): { name: string; value: string } {
  const pair = line.split(";", 1)[0] ?? "";
  const eq = pair.indexOf("=");
  return eq === -1 ? { name: "", value: pair.trim() } : { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
}

function toUrl(value: string, field: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new TypeError(`${field}: ${JSON.stringify(value)} is not a URL`);
  }
}
