import { attackerPage } from "@/lib/api/csrf-attacker";
import { csrfView } from "@/lib/api/csrf";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const page = handle(csrfView(null, "The attacker's page keeps nothing."), attackerPage);

/**
 * GET ?lab=<origin>: the CSRF demo's attacker page, an HTML form aimed at the lab (lib/api/csrf-attacker.ts).
 * The site's header rules leave this path's CSP to it (security-headers.ts), so a refusal gets the strictest one.
 */
export async function GET(request: Request): Promise<Response> {
  const response = await page(request);
  if (!response.headers.has("content-security-policy")) response.headers.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
  return response;
}

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
