import { respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const server = { mechanism: "none", summary: "The echo keeps nothing: it only reports the Cookie header that reached this path." } as const;

/**
 * GET /api/echo/<any path>: the Cookie header the browser sent to this very path, so a demo can
 * show that a cookie with Path=/api/echo/inside reaches /api/echo/inside/… and not /api/echo/outside
 * (RFC 6265bis §5.1.4 path-match).
 */
export const GET = handle(server, (request) => {
  const { pathname } = new URL(request.url);
  const sent = request.headers.get("cookie");
  const message = sent ? `The browser sent a Cookie header to ${pathname}: see exchange.request.` : `The browser sent no Cookie header to ${pathname}.`;
  return respond(request, { server, body: { message, path: pathname } });
});

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
