import { parseStoreKind, redisConfigured, storesManager } from "@/lib/api/stores";
import { respond } from "@/lib/exchange/exchange";
import { serverReply, sessionRequest } from "@/lib/api/mechanisms/server";
import { sendMechanismReply } from "@/lib/api/state-routes";
import { handle } from "@/lib/http/handle";
import { readJson } from "@/lib/http/read-json";
import { sessionPatchBody } from "@/lib/validations/session";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

// The stores demo: the same three verbs as /api/session, on the store ?store= names, each store
// with its own cookie. The store is checked (and Redis's configuration) before anything is read.
const onError = { mechanism: "server" as const, summary: "Nothing was read or changed." };

export const GET = handle(onError, async (request) => {
  // Without ?store=, say which stores this server can show (so the page never has to provoke a 503).
  if (!new URL(request.url).searchParams.has("store")) {
    const stores = { memory: true, sqlite: true, redis: redisConfigured() };
    const summary = stores.redis ? "This server can show all three stores." : "This server can show memory and SQLite; Redis is not configured here.";
    return respond(request, { server: { mechanism: "server", summary }, body: { stores } });
  }
  const manager = storesManager(parseStoreKind(request.url));
  return sendMechanismReply(request, serverReply(request, manager, await manager.read(sessionRequest(request, manager))));
});

export const POST = handle(onError, async (request) => {
  const manager = storesManager(parseStoreKind(request.url));
  const patch = await readJson(request, sessionPatchBody);
  return sendMechanismReply(request, serverReply(request, manager, await manager.write(sessionRequest(request, manager), patch)));
});

export const DELETE = handle(onError, async (request) => {
  const manager = storesManager(parseStoreKind(request.url));
  return sendMechanismReply(request, serverReply(request, manager, await manager.destroy(sessionRequest(request, manager))));
});

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
