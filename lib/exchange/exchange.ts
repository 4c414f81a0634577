import { ApiError } from "../http/api-error";
import { publicUrl } from "../http/public-origin";
import { fallbackNote } from "../http/secure-cookies";
import type { RawCookieState, ServerState, ServerView } from "./server-state";
import { decodeByteString, decodeCookieHeader, type ExchangeCookie, type RawBytes } from "./wire-text";

/**
 * Headers are bytes. The exchange shows them as text decoded as UTF-8 (`cookieHeader`, each
 * cookie's `name` and `value`, `setCookie`), so a cookie holding "é" reads "é", as in
 * `document.cookie`, and not "Ã©". For plain ASCII that text is the header itself. Whenever a
 * header, name, value or line holds any other byte, a `…Raw` member beside it carries the bytes
 * (count, whether they are valid UTF-8, and every non-ASCII byte as %XX): valid UTF-8 text encodes
 * back to exactly those bytes, invalid bytes show as U+FFFD in the text and only the raw form keeps them.
 */
export interface Exchange {
  request: {
    method: string;
    url: string;
    cookieHeader: string | null;
    /** Only when the Cookie header holds a byte beside ASCII. */
    cookieHeaderRaw?: RawBytes;
    cookies: ExchangeCookie[];
    /** Set when a refused request's Cookie header was too large to echo whole (431): what it really held. */
    truncated?: { cookieHeaderBytes: number; cookies: number };
  };
  response: {
    status: number;
    setCookie: string[];
    /** Only when a line holds a byte beside ASCII: one entry per line of `setCookie`, null for ASCII lines. */
    setCookieRaw?: (RawBytes | null)[];
  };
  /** What the server holds for this visitor after the request (DESIGN.md: exchange.server): one variant of server-state.ts. */
  server: ServerView;
}

export function instanceName(): string {
  return process.env.INSTANCE_NAME ?? `pid ${process.pid}`;
}

export const RAW_COOKIE_SERVER_VIEW = {
  mechanism: "cookie",
  holds: "nothing",
  summary: "The server keeps nothing: a raw cookie lives only in the browser, which sends it back on every request.",
} as const satisfies RawCookieState;

interface Reply {
  status?: number;
  body?: Record<string, unknown>;
  /** Set-Cookie lines (or other headers) the handler wants on the response. */
  headers?: Headers;
  server: ServerState;
}

/** A 431's echo keeps this many bytes of the Cookie header, and this many of its cookies. */
const ECHO_BYTES_ON_431 = 256;
const ECHO_COOKIES_ON_431 = 10;

/**
 * The request as the server received it. A request refused for carrying too many cookies (431) is
 * echoed in part, with its real size beside it: the whole header again, twice (raw and split),
 * would make the refusal five times the size of the request.
 */
function requestRecord(request: Request, status: number): Exchange["request"] {
  // A byte string: one character per byte of the header (see wire-text.ts).
  const header = request.headers.get("cookie");
  const cookies = decodeCookieHeader(header);
  const base = { method: request.method, url: publicUrl(request) };
  if (header === null) return { ...base, cookieHeader: null, cookies };
  const whole = status !== 431;
  const { text, raw } = decodeByteString(whole ? header : header.slice(0, ECHO_BYTES_ON_431));
  const record = { ...base, cookieHeader: whole ? text : `${text}…`, ...(raw && { cookieHeaderRaw: raw }) };
  if (whole) return { ...record, cookies };
  return { ...record, cookies: cookies.slice(0, ECHO_COOKIES_ON_431), truncated: { cookieHeaderBytes: header.length, cookies: cookies.length } };
}

/** The Set-Cookie lines as sent (byte strings), decoded, with the bytes of any line that is not plain ASCII. */
function responseRecord(status: number, headers: Headers): Exchange["response"] {
  const lines = headers.getSetCookie().map(decodeByteString);
  const record = { status, setCookie: lines.map((l) => l.text) };
  return lines.some((l) => l.raw) ? { ...record, setCookieRaw: lines.map((l) => l.raw ?? null) } : record;
}

/**
 * Builds the JSON response every `/api/*` route returns, with its `exchange` record.
 *
 * The Set-Cookie lines in the body are read back from the response's own headers
 * (`getSetCookie()`), after the handler set them, so the body equals what goes on the wire
 * (decoded as UTF-8, with the bytes beside any line that is not ASCII: see `Exchange`).
 */
export function respond(request: Request, reply: Reply): Response {
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.set("cache-control", "no-store");
  const note = headers.getSetCookie().length > 0 ? fallbackNote(request) : null;
  const exchange: Exchange = {
    request: requestRecord(request, status),
    response: responseRecord(status, headers),
    server: { ...reply.server, ...(note && { summary: `${reply.server.summary} ${note}` }), instance: instanceName() },
  };
  return new Response(JSON.stringify({ ...reply.body, exchange }), { status, headers });
}

/** An error reply: `{ error: { code, message } }` with nothing set, plus the exchange. */
export function respondError(request: Request, err: ApiError, server: ServerState): Response {
  return respond(request, { status: err.status, headers: new Headers(err.headers), body: err.toJSON(), server });
}
