import { readJson } from "../http/read-json";
import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { getSessionManager } from "../session/runtime";
import { sessionGrowBody } from "../validations/session-grow";
import { serverReply, sessionRequest } from "./mechanisms/server";

/** The data key the filler lives under; a second call replaces it, so calls are idempotent. */
export const FILLER_KEY = "filler";

/** What a refused request reports as the server's state. */
export const GROW_ERROR_VIEW = { mechanism: "server", summary: "Nothing was read or changed." } as const satisfies ServerNote;

/**
 * POST /api/session/grow {bytes}: sets the session's `filler` key to `bytes` bytes of text the
 * server generates, creating the session if there is none. The per-session limit still applies
 * (413 session_too_large), counted over all the session's data.
 */
export async function growSession(request: Request): Promise<Response> {
  const { bytes } = await readJson(request, sessionGrowBody);
  const manager = getSessionManager();
  const result = await manager.write(sessionRequest(request), { [FILLER_KEY]: "x".repeat(bytes) });
  const reply = serverReply(request, manager, result);
  const summary = `${result.message} The session now holds ${bytes} bytes of filler on the server; the browser still holds only the ID.`;
  return respond(request, { headers: reply.headers, server: { ...reply.server, summary }, body: { message: summary } });
}
