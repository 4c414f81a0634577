import { readJson } from "../http/read-json";
import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { getSessionManager } from "../session/runtime";
import { sessionCartBody } from "../validations/session-cart";
import { serverReply, sessionRequest } from "./mechanisms/server";

/** The data key the cart demo keeps its list of item codes under. */
export const CART_KEY = "cart";

/** What a refused request reports as the server's state. */
export const CART_ERROR_VIEW = { mechanism: "server", summary: "Nothing was read or changed." } as const satisfies ServerNote;

/**
 * POST /api/session/cart {add}: appends one item to the session's cart in one atomic store step,
 * creating the session if there is none (like POST /api/session). The client never sends the
 * whole cart, so a page reloaded before it read the cart, or a second tab, cannot overwrite items
 * added meanwhile.
 */
export async function addToCart(request: Request): Promise<Response> {
  const { add } = await readJson(request, sessionCartBody);
  const manager = getSessionManager();
  const result = await manager.write(sessionRequest(request), {}, { [CART_KEY]: add });
  const reply = serverReply(request, manager, result);
  const items = (result.session?.data[CART_KEY] as unknown[] | undefined)?.length ?? 0;
  const appended = `The server appended ${JSON.stringify(add)} to the cart it keeps, in one atomic step, so an add from another tab or after a reload cannot overwrite it; the cart holds ${items} item${items === 1 ? "" : "s"}.`;
  // "updated"'s own sentence speaks of merged and removed keys; an append says what it did itself.
  const summary = result.outcome === "updated" ? appended : `${result.message} ${appended}`;
  return respond(request, { headers: reply.headers, server: { ...reply.server, summary }, body: { message: summary } });
}
