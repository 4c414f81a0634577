import { ApiError } from "@/lib/http/api-error";
import { buildClearCookie, buildSetCookie, CookieSyntaxError } from "@/lib/cookie/build";
import { RAW_COOKIE_SERVER_VIEW, respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";
import { readJson, readQuery } from "@/lib/http/read-json";
import { clearCookieQuery, setCookieBody } from "@/lib/validations/cookie";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const server = RAW_COOKIE_SERVER_VIEW;

/** Builds the line, or turns a grammar violation into a 400 before anything is set. */
function line(build: () => string): string {
  try {
    return build();
  } catch (err) {
    if (err instanceof CookieSyntaxError) throw new ApiError(400, err.code, err.message);
    throw err;
  }
}

/** Echoes the Cookie header the browser sent. */
export const GET = handle(server, (request) => {
  const sent = request.headers.get("cookie");
  const message = sent ? "Echoed the Cookie header the browser sent: see exchange.request." : "The browser sent no Cookie header for this URL.";
  return respond(request, { server, body: { message } });
});

/** Sets one raw cookie exactly as asked (or refuses it with the reason). */
export const POST = handle(server, async (request) => {
  const body = await readJson(request, setCookieBody);
  const headers = new Headers();
  headers.append(
    "set-cookie",
    line(() => buildSetCookie(body)),
  );
  const message = `Sent one Set-Cookie line for ${body.name}. Whether the browser stores it is the browser's decision: see the explainer.`;
  return respond(request, { headers, server, body: { message } });
});

/** Clears a cookie: same name, Path and Domain, Max-Age=0 and an Expires in the past. */
export const DELETE = handle(server, (request) => {
  const { name, path, domain } = readQuery(request.url, clearCookieQuery, "missing_name");
  const headers = new Headers();
  headers.append(
    "set-cookie",
    line(() => buildClearCookie(name, { path, domain })),
  );
  const message = `Told the browser to delete ${name} (Path=${path ?? "/"}${domain ? `, Domain=${domain}` : ""}).`;
  return respond(request, { headers, server, body: { message } });
});

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
