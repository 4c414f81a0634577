import { simulateRestart } from "@/lib/api/stores";
import { handle } from "@/lib/http/handle";
import type { ServerNote } from "@/lib/exchange/server-state";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const POST = handle({ mechanism: "server", summary: "Nothing was changed." } satisfies ServerNote, simulateRestart);

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
