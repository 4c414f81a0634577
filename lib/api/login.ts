import { ApiError } from "../http/api-error";
import { readJson } from "../http/read-json";
import { verifyCredentials } from "../session/demo-account";
import { loginBody } from "../validations/session";
import { STATEFUL_MECHANISMS, type StatefulMechanism } from "../mechanisms";
import { MECHANISM_HANDLERS } from "./mechanisms";
import { pickAlg } from "./mechanisms/jwt";
import type { ServerNote } from "../exchange/server-state";
import { sendMechanismReply } from "./state-routes";

/** `?mechanism=` in the URL, or the body's `mechanism`, or the server session by default. */
function pickMechanism(request: Request, fromBody?: StatefulMechanism): StatefulMechanism {
  const q = new URL(request.url).searchParams.get("mechanism");
  if (q !== null && !(STATEFUL_MECHANISMS as readonly string[]).includes(q)) {
    throw new ApiError(400, "invalid_mechanism", `The mechanism ${JSON.stringify(q)} does not exist: use server, sealed or jwt.`);
  }
  return fromBody ?? (q as StatefulMechanism | null) ?? "server";
}

/** What a refused request reports as the server's state. */
export const LOGIN_ERROR_VIEW = { mechanism: "server", summary: "Nothing was changed: no one is logged in by this request." } as const satisfies ServerNote;

/** POST /api/login {username, password, mechanism?, alg?}: the demo account is ada / lovelace. */
export async function login(request: Request): Promise<Response> {
  const body = await readJson(request, loginBody);
  const mechanism = pickMechanism(request, body.mechanism);
  const alg = pickAlg(request, body.alg);
  if (alg !== undefined && mechanism !== "jwt") {
    throw new ApiError(
      400,
      "alg_not_applicable",
      `alg picks how a JWT is signed, and this login is on the ${mechanism} mechanism: send mechanism "jwt" with it, or leave alg out. Nothing was set.`,
    );
  }
  const account = verifyCredentials(body.username, body.password);
  if (!account) throw new ApiError(401, "invalid_credentials", "That username and password do not match the demo account (ada / lovelace). Nothing was set.");
  const identity = { user: account.username, displayName: account.displayName, role: "user" as const, loggedInAt: new Date().toISOString() };
  const reply = await MECHANISM_HANDLERS[mechanism].login(request, identity, { alg });
  return sendMechanismReply(request, reply, { mechanism, user: account.username });
}

/** POST /api/logout[?mechanism=]: ends the session on the server, or clears the token's cookie. */
export async function logout(request: Request): Promise<Response> {
  const mechanism = pickMechanism(request);
  return sendMechanismReply(request, await MECHANISM_HANDLERS[mechanism].logout(request), { mechanism });
}
