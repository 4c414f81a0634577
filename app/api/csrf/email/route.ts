import { csrfView } from "@/lib/api/csrf";
import { changeEmail } from "@/lib/api/csrf-routes";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/**
 * POST {email} (JSON or a form): the request the CSRF demo's attacker forges. It applies the
 * defence the caller's own demo cookie names instead of the site-wide Origin check, and changes
 * nothing but that cookie (lib/api/csrf-routes.ts).
 */
export const POST = handle(csrfView(null, "Nothing changed: the demo cookie stays as it was."), changeEmail, { originCheck: false });

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
