import { z } from "../validations/zod";
import type { Exchange } from "../exchange/exchange";
import { parseServerView, type ServerView } from "../exchange/server-state";

/*
 * The forged request's verdict travels back to the demo in the URL fragment of a 303 (the
 * attacker's form post is a navigation, so its answer is a page, not JSON the demo could read).
 * Cookie values are masked first: a URL lands in the browser's history, and a cookie value there
 * is a credential left lying around.
 */

export const MASK = "...";

export interface ForgedReport {
  status: number;
  error: { code: string; message: string } | null;
  exchange: Exchange;
}

const maskHeader = (header: string | null) =>
  header &&
  header
    .split(/;\s*/)
    .map((pair) => (pair.includes("=") ? `${pair.slice(0, pair.indexOf("="))}=${MASK}` : pair))
    .join("; ");
const maskLine = (line: string) => line.replace(/^([^=;]*)=[^;]*/, `$1=${MASK}`);

function mask(exchange: Exchange): Exchange {
  // The raw-bytes companions (cookieHeaderRaw, setCookieRaw) would spell the values out again: left out.
  const { method, url, cookieHeader, cookies } = exchange.request;
  const { status, setCookie } = exchange.response;
  return {
    request: { method, url, cookieHeader: maskHeader(cookieHeader), cookies: cookies.map((c) => ({ name: c.name, value: MASK })) },
    response: { status, setCookie: setCookie.map(maskLine) },
    server: exchange.server,
  };
}

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const fromBase64Url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

/** The outcome of the forged request, masked, as a fragment-safe string. */
export async function maskedReport(outcome: Response): Promise<string> {
  const body = (await outcome.clone().json()) as { error?: ForgedReport["error"]; exchange: Exchange };
  const report: ForgedReport = { status: outcome.status, error: body.error ?? null, exchange: mask(body.exchange) };
  return toBase64Url(JSON.stringify(report));
}

// Anyone can write a URL, so the demo checks the shape before it shows one; React renders it as text.
const reportSchema = z.object({
  status: z.number().int(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  exchange: z.object({
    request: z.object({
      method: z.string(),
      url: z.string(),
      cookieHeader: z.string().nullable(),
      cookies: z.array(z.object({ name: z.string(), value: z.string() })),
    }),
    response: z.object({ status: z.number().int(), setCookie: z.array(z.string()) }),
    server: z.custom<ServerView>((value) => parseServerView(value) !== null),
  }),
});

/** The report in a `#forged=…` fragment, or null when there is none or it is not one. */
export function readReport(hash: string): ForgedReport | null {
  const encoded = /^#forged=([A-Za-z0-9_-]{1,20000})$/.exec(hash)?.[1];
  if (!encoded) return null;
  try {
    const parsed = reportSchema.safeParse(JSON.parse(fromBase64Url(encoded)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
