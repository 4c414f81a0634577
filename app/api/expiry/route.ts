import { expiryAction, parseExpiryQuery } from "@/lib/api/expiry";
import { sendMechanismReply } from "@/lib/api/state-routes";
import { handle } from "@/lib/http/handle";
import { readJson } from "@/lib/http/read-json";
import { sessionPatchBody } from "@/lib/validations/session";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

// The expiry demo's server sessions: short idle and absolute timeouts (?idle=&absolute= in
// seconds), rolling renewal on or off (?rolling=on|off). The query is checked before anything is read.
const onError = { mechanism: "server" as const, summary: "Nothing was read or changed." };

export const GET = handle(onError, async (request) => {
  const q = parseExpiryQuery(request.url);
  return sendMechanismReply(request, await expiryAction(request, q, { kind: "read" }));
});

export const POST = handle(onError, async (request) => {
  const q = parseExpiryQuery(request.url);
  const patch = await readJson(request, sessionPatchBody);
  return sendMechanismReply(request, await expiryAction(request, q, { kind: "write", patch }));
});

export const DELETE = handle(onError, async (request) => {
  const q = parseExpiryQuery(request.url);
  return sendMechanismReply(request, await expiryAction(request, q, { kind: "destroy" }));
});

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
