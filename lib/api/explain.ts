import { explainUntrusted } from "../cookie/explain";
import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { ApiError } from "../http/api-error";
import { readJsonValue } from "../http/read-json";

/** The explainer keeps nothing: what /api/explain reports as the server's state, refusals included. */
export const EXPLAIN_VIEW = {
  mechanism: "none",
  summary: "The explainer keeps nothing: it ran a browser's cookie algorithm on your lines in a throwaway jar.",
} as const satisfies ServerNote;

/** 50 lines of 8 KB each fit in 64 KiB of text; JSON escaping can grow that, so allow some room. */
const MAX_EXPLAIN_BODY = 160 * 1024;

/** Input error codes are PascalCase in lib/cookie; the API's stable codes are snake_case. */
function snake(code: string): string {
  return code.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? "" : "_") + c.toLowerCase());
}

/** POST /api/explain: what a browser would do with these Set-Cookie lines, and the Cookie header it would send next. */
export async function explainLines(request: Request): Promise<Response> {
  // The explainer validates the value itself (explainUntrusted): no schema pass before it.
  const body = await readJsonValue(request, MAX_EXPLAIN_BODY);
  const outcome = explainUntrusted(body);
  if (!outcome.ok) throw new ApiError(400, snake(outcome.error.code), outcome.error.message);
  return respond(request, { server: EXPLAIN_VIEW, body: outcome.result });
}
