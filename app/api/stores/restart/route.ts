import { restartMemoryStore } from "@/lib/api/stores";
import { respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const onError = { mechanism: "server" as const, summary: "Nothing was changed." };

/** POST: a simulated restart of the stores demo's memory store (the process itself keeps running). */
export const POST = handle(onError, async (request) => {
  const lost = await restartMemoryStore();
  const summary = `Simulated restart: the memory store was emptied as a process restart would empty it, and ${lost} session${lost === 1 ? " was" : "s were"} lost. SQLite and Redis sessions are untouched. Browsers still hold their cookies; the server no longer knows the memory IDs.`;
  return respond(request, { server: { mechanism: "server", store: "memory", summary, lost, simulated: true }, body: { message: summary } });
});

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
