import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { handle } from "../http/handle";
import { readJson } from "../http/read-json";
import { sessionPatchBody } from "../validations/session";
import type { StatefulMechanism } from "../mechanisms";
import { MECHANISM_HANDLERS } from "./mechanisms";
import type { MechanismReply } from "./mechanisms/types";

const REFUSED = "Nothing was read or changed.";

/** A mechanism's reply as the JSON answer: its status, cookies and server state, its summary as the message. */
export function sendMechanismReply(request: Request, reply: MechanismReply, body?: Record<string, unknown>): Response {
  return respond(request, { status: reply.status, headers: reply.headers, server: reply.server, body: { message: reply.server.summary, ...body } });
}

/**
 * GET reads, POST merges the JSON body into the data (creating the session if none), DELETE ends
 * it: the same three verbs for /api/session, /api/sealed and /api/jwt.
 */
export function stateRoutes(mechanism: StatefulMechanism) {
  const m = MECHANISM_HANDLERS[mechanism];
  const onError = { mechanism, summary: REFUSED } satisfies ServerNote;
  return {
    GET: handle(onError, async (request) => sendMechanismReply(request, await m.read(request))),
    POST: handle(onError, async (request) => sendMechanismReply(request, await m.write(request, await readJson(request, sessionPatchBody)))),
    DELETE: handle(onError, async (request) => sendMechanismReply(request, await m.clear(request))),
  };
}
