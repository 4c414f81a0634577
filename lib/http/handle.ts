import { respondError, type ServerState } from "../exchange/exchange";
import { ApiError, isApiError } from "./api-error";
import { assertSameOrigin } from "./same-origin";

type Handler = (request: Request) => Promise<Response> | Response;

/**
 * Wraps a route handler: refuses cross-site state changes, and turns every thrown error into
 * `{ error: { code, message } }` with the exchange, so nothing half-done leaves the server.
 */
export function handle(server: ServerState, handler: Handler): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      assertSameOrigin(request);
      return await handler(request);
    } catch (err) {
      if (isApiError(err)) return respondError(request, err, server);
      console.error(err);
      return respondError(request, new ApiError(500, "internal_error", "Something went wrong on the server. Nothing was changed; please try again."), server);
    }
  };
}
