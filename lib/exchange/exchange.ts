import { ApiError } from "../http/api-error";
import { publicUrl } from "../http/public-origin";
import { parseCookieHeader, type SentCookie } from "./cookie-header";

export type Mechanism = "cookie" | "sealed" | "jwt" | "server";

/** What the server holds for this visitor after the request (DESIGN.md: exchange.server). */
export interface ServerState {
  /** "none" for tools such as the explainer, which keep no state at all. */
  mechanism: Mechanism | "none";
  /** One sentence for the inspector's Server column. */
  summary: string;
  [detail: string]: unknown;
}

export interface ServerView extends ServerState {
  /** Which app instance answered: two instances sharing Redis show the same session. */
  instance: string;
}

export interface Exchange {
  request: {
    method: string;
    url: string;
    cookieHeader: string | null;
    cookies: SentCookie[];
    /** Set when a refused request's Cookie header was too large to echo whole (431): what it really held. */
    truncated?: { cookieHeaderBytes: number; cookies: number };
  };
  response: { status: number; setCookie: string[] };
  server: ServerView;
}

export function instanceName(): string {
  return process.env.INSTANCE_NAME ?? `pid ${process.pid}`;
}

export const RAW_COOKIE_SERVER_VIEW = {
  mechanism: "cookie",
  holds: "nothing",
  summary: "The server keeps nothing: a raw cookie lives only in the browser, which sends it back on every request.",
} as const;

interface Reply {
  status?: number;
  body?: Record<string, unknown>;
  /** Set-Cookie lines (or other headers) the handler wants on the response. */
  headers?: Headers;
  server: ServerState;
}

/** A 431's echo keeps this much of the Cookie header, and this many of its cookies. */
const ECHO_BYTES_ON_431 = 256;
const ECHO_COOKIES_ON_431 = 10;

/**
 * The request as the server received it. A request refused for carrying too many cookies (431) is
 * echoed in part, with its real size beside it: the whole header again, twice (raw and split),
 * would make the refusal five times the size of the request.
 */
function requestRecord(request: Request, status: number): Exchange["request"] {
  const cookieHeader = request.headers.get("cookie");
  const cookies = parseCookieHeader(cookieHeader);
  const base = { method: request.method, url: publicUrl(request) };
  if (status !== 431 || cookieHeader === null) return { ...base, cookieHeader, cookies };
  return {
    ...base,
    cookieHeader: `${cookieHeader.slice(0, ECHO_BYTES_ON_431)}…`,
    cookies: cookies.slice(0, ECHO_COOKIES_ON_431),
    truncated: { cookieHeaderBytes: Buffer.byteLength(cookieHeader, "utf8"), cookies: cookies.length },
  };
}

/**
 * Builds the JSON response every `/api/*` route returns, with its `exchange` record.
 *
 * The Set-Cookie lines in the body are read back from the response's own headers
 * (`getSetCookie()`), after the handler set them, so the body equals what goes on the wire.
 */
export function respond(request: Request, reply: Reply): Response {
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.set("cache-control", "no-store");
  const exchange: Exchange = {
    request: requestRecord(request, status),
    response: { status, setCookie: headers.getSetCookie() },
    server: { ...reply.server, instance: instanceName() },
  };
  return new Response(JSON.stringify({ ...reply.body, exchange }), { status, headers });
}

/** An error reply: `{ error: { code, message } }` with nothing set, plus the exchange. */
export function respondError(request: Request, err: ApiError, server: ServerState): Response {
  return respond(request, { status: err.status, headers: new Headers(err.headers), body: err.toJSON(), server });
}
