import { ApiError, isApiError } from "../http/api-error";
import { respond, respondError } from "../exchange/exchange";
import { MAX_BODY_BYTES, readJson, readLimited, firstIssue } from "../http/read-json";
import { csrfEmailBody, csrfSettingsBody } from "../validations/csrf";
import { applyDefence, attackerOrigin, clearCsrfCookieLine, csrfCookieLine, csrfView, DEFAULT_EMAIL, newToken, readCsrfState } from "./csrf";
import { maskedReport } from "./csrf-report";

const headersWith = (...lines: string[]) => {
  const headers = new Headers();
  for (const line of lines) headers.append("set-cookie", line);
  return headers;
};

const NO_ACCOUNT = "No CSRF-demo cookie came with this request, so there is no account to show or change. Start one with POST /api/csrf.";

/** GET /api/csrf: the demo account, its CSRF token (for this page only), and where the attacker's page is. */
export async function readAccount(request: Request): Promise<Response> {
  const state = await readCsrfState(request);
  const body = { token: state?.token ?? null, attacker: attackerOrigin(request) };
  return respond(request, { body, server: csrfView(state, state ? `Your demo account's email is ${state.email}.` : NO_ACCOUNT) });
}

/** POST /api/csrf {sameSite, defence}: a fresh account with these settings and a new token. */
export async function startAccount(request: Request): Promise<Response> {
  const settings = await readJson(request, csrfSettingsBody);
  const state = { email: DEFAULT_EMAIL, ...settings, token: newToken() };
  const line = await csrfCookieLine(request, state);
  const summary = `A new demo account (${state.email}), its cookie ${settings.sameSite === "unset" ? "without SameSite" : `SameSite=${settings.sameSite}`}, defence: ${settings.defence}.`;
  return respond(request, { headers: headersWith(line), body: { token: state.token, attacker: attackerOrigin(request) }, server: csrfView(state, summary) });
}

/** DELETE /api/csrf: clears the demo cookie. */
export function endAccount(request: Request): Response {
  return respond(request, {
    headers: headersWith(clearCsrfCookieLine(request)),
    server: csrfView(null, "The demo cookie is cleared: there is no account any more."),
  });
}

const isForm = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";

async function readEmailBody(request: Request) {
  if (!isForm(request)) return readJson(request, csrfEmailBody);
  const form = new URLSearchParams(await readLimited(request, MAX_BODY_BYTES));
  const parsed = csrfEmailBody.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw new ApiError(400, "invalid_body", firstIssue(parsed.error));
  return parsed.data;
}

/**
 * POST /api/csrf/email: change the demo account's email, the request an attacker wants to forge.
 * It applies the defence the account names, not the site-wide Origin check (handle's
 * `originCheck: false`): with the defence off, another site's form really changes it.
 *
 * A JSON caller gets the usual exchange with its real status. A well-formed form post (the
 * attacker's page: a top-level navigation) gets 303 back to the demo, the verdict and its exchange
 * in the URL fragment, which never reaches a server (cookie values masked), so the learner sees
 * in the inspector what arrived. A malformed body is refused with a 400 either way.
 */
export async function changeEmail(request: Request): Promise<Response> {
  const body = await readEmailBody(request);
  const outcome = await emailOutcome(request, body.email, body.csrf_token ?? request.headers.get("x-csrf-token"));
  if (!isForm(request)) return outcome;
  const location = `/demos/csrf#forged=${await maskedReport(outcome)}`;
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const line of outcome.headers.getSetCookie()) headers.append("set-cookie", line);
  return new Response(null, { status: 303, headers });
}

async function emailOutcome(request: Request, email: string, tokenSent: string | null): Promise<Response> {
  const state = await readCsrfState(request);
  const refuse = (err: ApiError) =>
    respondError(request, err, csrfView(state, `Nothing changed: ${state ? `the email is still ${state.email}` : "there is no account"}.`, request));
  if (!state) return refuse(new ApiError(401, "no_account", NO_ACCOUNT));
  try {
    applyDefence(request, state, tokenSent);
  } catch (err) {
    if (isApiError(err)) return refuse(err);
    throw err;
  }
  const next = { ...state, email };
  const line = await csrfCookieLine(request, next);
  return respond(request, { headers: headersWith(line), server: csrfView(next, `The email changed from ${state.email} to ${email}.`, request) });
}
