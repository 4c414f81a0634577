import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";

/** The echo keeps nothing: what /api/echo reports as the server's state, refusals included. */
export const ECHO_VIEW = {
  mechanism: "none",
  summary: "The echo keeps nothing: it only reports the Cookie header that reached this path.",
} as const satisfies ServerNote;

/**
 * GET /api/echo/<any path>: the Cookie header the browser sent to this very path, so a demo can
 * show that a cookie with Path=/api/echo/inside reaches /api/echo/inside/… and not /api/echo/outside
 * (RFC 6265bis §5.1.4 path-match).
 */
export function echoPath(request: Request): Response {
  const { pathname } = new URL(request.url);
  const sent = request.headers.get("cookie");
  const message = sent ? `The browser sent a Cookie header to ${pathname}: see exchange.request.` : `The browser sent no Cookie header to ${pathname}.`;
  return respond(request, { server: ECHO_VIEW, body: { message, path: pathname } });
}
