import { parseStoreKind, redisConfigured, storesCall, storesReply } from "@/lib/api/stores";
import { respond } from "@/lib/exchange/exchange";
import { sessionRequest } from "@/lib/api/mechanisms/server";
import { sendMechanismReply } from "@/lib/api/state-routes";
import { handle } from "@/lib/http/handle";
import { readJson } from "@/lib/http/read-json";
import { sessionPatchBody } from "@/lib/validations/session";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

// The stores demo: the same three verbs as /api/session, on the store ?store= names, each store
// with its own cookie. The store is checked (and Redis's configuration) before anything is read.
// The memory store is the visitor's own (lib/api/visitor-stores.ts), named by a visitor cookie
// sent with the first memory session.
const onError = { mechanism: "server" as const, summary: "Nothing was read or changed." };

export const GET = handle(onError, async (request) => {
  // Without ?store=, say which stores this server can show (so the page never has to provoke a 503).
  if (!new URL(request.url).searchParams.has("store")) {
    const stores = { memory: true, sqlite: true, redis: redisConfigured() };
    const summary = stores.redis ? "This server can show all three stores." : "This server can show memory and SQLite; Redis is not configured here.";
    return respond(request, { server: { mechanism: "server", summary }, body: { stores } });
  }
  const call = storesCall(request, parseStoreKind(request.url), false);
  return sendMechanismReply(request, storesReply(request, call, await call.manager.read(sessionRequest(request, call.manager))));
});

export const POST = handle(onError, async (request) => {
  const kind = parseStoreKind(request.url);
  // The body is checked before a visitor's memory store is made for the write.
  const patch = await readJson(request, sessionPatchBody);
  const call = storesCall(request, kind, true);
  return sendMechanismReply(request, storesReply(request, call, await call.manager.write(sessionRequest(request, call.manager), patch)));
});

export const DELETE = handle(onError, async (request) => {
  const call = storesCall(request, parseStoreKind(request.url), false);
  return sendMechanismReply(request, storesReply(request, call, await call.manager.destroy(sessionRequest(request, call.manager))));
});

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
