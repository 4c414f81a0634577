import { respondError } from "../exchange/exchange";
import type { ServerState } from "../exchange/server-state";
import { ApiError, isApiError } from "./api-error";
import { assertSameOrigin } from "./same-origin";

type Handler = (request: Request) => Promise<Response> | Response;

/**
 * Chromium keeps at most 180 cookies per domain, so a request carrying far more did not come from a
 * browser's jar; refuse it before any handler parses it.
 */
export const MAX_REQUEST_COOKIES = 300;

function assertCookieCount(request: Request): void {
  const header = request.headers.get("cookie");
  if (!header) return;
  let count = 1;
  for (let i = header.indexOf(";"); i !== -1 && count <= MAX_REQUEST_COOKIES; i = header.indexOf(";", i + 1)) count++;
  if (count > MAX_REQUEST_COOKIES) {
    throw new ApiError(
      431,
      "too_many_cookies",
      `This request carries more than ${MAX_REQUEST_COOKIES} cookies; browsers keep at most 180 per site, so it was refused before being read.`,
    );
  }
}

export interface HandleOptions {
  /** Headers every answer of the route carries, errors included (e.g. CORS for a public route). */
  headers?: Record<string, string>;
  /**
   * Leave the Origin check to the route. Only for POST /api/csrf/email, whose one effect is on the
   * caller's own CSRF-demo cookie and which applies the defence that cookie names (lib/api/csrf.ts).
   * @default true
   */
  originCheck?: boolean;
}

/**
 * Wraps a route handler: refuses cross-site state changes, and turns every thrown error into
 * `{ error: { code, message } }` with the exchange, so nothing half-done leaves the server.
 */
export function handle(server: ServerState, handler: Handler, options: HandleOptions = {}): (request: Request) => Promise<Response> {
  const answer = async (request: Request): Promise<Response> => {
    try {
      if (options.originCheck !== false) assertSameOrigin(request);
      assertCookieCount(request);
      return await handler(request);
    } catch (err) {
      if (isApiError(err)) return respondError(request, err, server);
      console.error(err);
      return respondError(request, new ApiError(500, "internal_error", "Something went wrong on the server. Nothing was changed; please try again."), server);
    }
  };
  return async (request) => {
    const response = await answer(request);
    for (const [name, value] of Object.entries(options.headers ?? {})) response.headers.set(name, value);
    return response;
  };
}
