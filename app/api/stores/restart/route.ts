import { restartMemoryStore } from "@/lib/api/stores";
import { respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const onError = { mechanism: "server" as const, summary: "Nothing was changed." };

const UNTOUCHED =
  "Other visitors' memory stores, and the SQLite and Redis sessions, are untouched: a real restart would empty every visitor's memory sessions at once, but here each visitor has a memory store of their own.";

/**
 * POST: a simulated restart of this visitor's memory store in the stores demo (the process itself
 * keeps running, and other visitors' memory stores are left alone).
 */
export const POST = handle(onError, async (request) => {
  const lost = await restartMemoryStore(request);
  const summary =
    lost === null
      ? `Simulated restart: this browser has no memory store yet (write to it first), so nothing was lost. ${UNTOUCHED}`
      : `Simulated restart: this browser's memory store was emptied as a process restart would empty it, and ${lost} session${lost === 1 ? " was" : "s were"} lost. ${UNTOUCHED} The browser still holds its cookie; the server no longer knows that memory ID.`;
  return respond(request, { server: { mechanism: "server", store: "memory", summary, lost: lost ?? 0, simulated: true }, body: { message: summary } });
});

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
