import { respond } from "../../exchange/exchange";
import type { ServerNote, TamperIssuedState, TamperVerdictsState } from "../../exchange/server-state";
import { isSecureRequest, publicOrigin } from "../../http/public-origin";
import { signJwt } from "../../session/jwt";
import { sessionRequest } from "../mechanisms/server";
import { LOGIN_KEY } from "../../session/purpose";
import { getSessionManager } from "../../session/runtime";
import { seal } from "../../session/sealed";
import { MECHANISMS } from "../../mechanisms";
import { clearLabCookieLine, LAB_CLAIM, LAB_TTL_SECONDS, labCookieLine, sentLabCookies } from "./lab-cookies";
import { verdictFor } from "./verdicts";

const KEEPS = "The server keeps one record: the lab's server session (lab_sid points at it). The other three cookies carry the claim themselves.";

export const LAB_ERROR_VIEW = { mechanism: "none", summary: "Nothing was issued or changed." } as const satisfies ServerNote;

/** Ends the lab session the browser points at, if any, so re-issuing does not leave records behind. */
export async function dropLabSession(request: Request): Promise<void> {
  const id = sentLabCookies(request).server;
  if (id) await getSessionManager().destroy({ id, secure: isSecureRequest(request) });
}

/**
 * POST: the same claim, role=user, written four ways with the real libraries. The lab plays the
 * login here, so it mints identity as the login does: JWT aud "login", seal purpose "login", and
 * the session's claim under the key only the login writes.
 */
export async function issueLab(request: Request): Promise<Response> {
  await dropLabSession(request);
  const manager = getSessionManager();
  const session = await manager.write({ ...sessionRequest(request), id: null }, { [LOGIN_KEY]: { ...LAB_CLAIM } });
  const values = {
    cookie: new URLSearchParams(LAB_CLAIM).toString(),
    sealed: await seal({ ...LAB_CLAIM }, { ttlSeconds: LAB_TTL_SECONDS, purpose: "login" }),
    jwt: await signJwt({ sub: LAB_CLAIM.user, ...LAB_CLAIM }, { ttlSeconds: LAB_TTL_SECONDS, purpose: "login", issuer: publicOrigin(request) }),
    server: session.session!.id,
  };
  const headers = new Headers();
  for (const m of MECHANISMS) headers.append("set-cookie", labCookieLine(request, m, values[m]));
  const summary = `Issued the claim user=ada, role=user four ways. ${KEEPS}`;
  return respond(request, {
    headers,
    server: { mechanism: "none", summary, labSession: { id: values.server, data: session.session!.data } } satisfies TamperIssuedState,
    body: { message: summary },
  });
}

/** GET: "who am I?", each lab cookie checked by its mechanism's real reader. */
export async function checkLab(request: Request): Promise<Response> {
  const sent = sentLabCookies(request);
  const verdicts = await Promise.all(MECHANISMS.map((m) => verdictFor(m, sent[m], request)));
  const accepted = verdicts.filter((v) => v.verdict === "accepted").length;
  const summary = `Checked the four lab cookies: ${accepted} of 4 accepted. ${KEEPS}`;
  return respond(request, { server: { mechanism: "none", summary, verdicts } satisfies TamperVerdictsState, body: { message: summary, verdicts } });
}

/** DELETE: ends the lab session on the server and clears the four cookies. */
export async function clearLab(request: Request): Promise<Response> {
  await dropLabSession(request);
  const headers = new Headers();
  for (const m of MECHANISMS) headers.append("set-cookie", clearLabCookieLine(request, m));
  const summary = "The lab session is deleted from the store and the four lab cookies are cleared.";
  return respond(request, { headers, server: { mechanism: "none", summary } satisfies ServerNote, body: { message: summary } });
}
