import { buildClearCookie, buildSetCookie, CookieSyntaxError } from "../cookie/build";
import { RAW_COOKIE_SERVER_VIEW, respond } from "../exchange/exchange";
import { ApiError } from "../http/api-error";
import { readJson, readQuery } from "../http/read-json";
import { clearCookieQuery, setCookieBody } from "../validations/cookie";

/** The raw cookie routes keep nothing: what /api/cookies reports as the server's state, refusals included. */
export const COOKIES_VIEW = RAW_COOKIE_SERVER_VIEW;

/** Builds the line, or turns a grammar violation into a 400 before anything is set. */
function line(build: () => string): string {
  try {
    return build();
  } catch (err) {
    if (err instanceof CookieSyntaxError) throw new ApiError(400, err.code, err.message);
    throw err;
  }
}

/** GET /api/cookies: echoes the Cookie header the browser sent. */
export function echoCookies(request: Request): Response {
  const sent = request.headers.get("cookie");
  const message = sent ? "Echoed the Cookie header the browser sent: see exchange.request." : "The browser sent no Cookie header for this URL.";
  return respond(request, { server: COOKIES_VIEW, body: { message } });
}

/** POST /api/cookies: sets one raw cookie exactly as asked (or refuses it with the reason). */
export async function setRawCookie(request: Request): Promise<Response> {
  const body = await readJson(request, setCookieBody);
  const headers = new Headers();
  headers.append(
    "set-cookie",
    line(() => buildSetCookie(body)),
  );
  const message = `Sent one Set-Cookie line for ${body.name}. Whether the browser stores it is the browser's decision: see the explainer.`;
  return respond(request, { headers, server: COOKIES_VIEW, body: { message } });
}

/** DELETE /api/cookies?name=&path=&domain=: same name, Path and Domain, Max-Age=0 and an Expires in the past. */
export function clearRawCookie(request: Request): Response {
  const { name, path, domain } = readQuery(request.url, clearCookieQuery, "missing_name");
  const headers = new Headers();
  headers.append(
    "set-cookie",
    line(() => buildClearCookie(name, { path, domain })),
  );
  const message = `Told the browser to delete ${name} (Path=${path ?? "/"}${domain ? `, Domain=${domain}` : ""}).`;
  return respond(request, { headers, server: COOKIES_VIEW, body: { message } });
}
