import { respondError } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { ApiError } from "./api-error";

/** The methods a route handler file can export and a client can send; HEAD and OPTIONS Next.js derives itself. */
export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

const server = { mechanism: "none", summary: "Nothing was read or changed: this route does not take that method." } as const satisfies ServerNote;

/**
 * Answers for the methods a route does not take: `refuse` gives the lab's `{ error }` JSON with the
 * Allow header RFC 9110 §15.5.6 asks for (Next.js's own 405 has neither), and `OPTIONS` lists only
 * `allow` (Next.js's would list the refusals too, since they are exports). Nothing runs first: no body
 * read, no cookie parsed. Each route exports them for the methods it lacks (app/api/methods.test.ts
 * checks every route against every method):
 *
 *     const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
 *     export { OPTIONS, refuse as PUT, refuse as PATCH };
 */
export function otherMethods(allow: readonly RouteMethod[], headers: Record<string, string> = {}) {
  // HEAD follows GET (Next.js runs GET for it), and OPTIONS is always answered.
  const allowHeader = [...allow, ...(allow.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const takes = allow.length === 1 ? `only ${allow[0]}` : `${allow.slice(0, -1).join(", ")} and ${allow.at(-1)}`;
  const refuse = (request: Request): Response => {
    const { pathname } = new URL(request.url);
    const err = new ApiError(405, "method_not_allowed", `The route ${pathname} does not take ${request.method} requests; it takes ${takes}.`);
    const response = respondError(request, err, server);
    response.headers.set("allow", allowHeader);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  const OPTIONS = (): Response => new Response(null, { status: 204, headers: { ...headers, allow: allowHeader } });
  return { refuse, OPTIONS, allowHeader };
}
