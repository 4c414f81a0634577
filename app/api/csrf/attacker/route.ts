import { attackerPage } from "@/lib/api/csrf-attacker";
import { csrfView } from "@/lib/api/csrf";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/** GET ?lab=<origin>: the CSRF demo's attacker page, an HTML form aimed at the lab (lib/api/csrf-attacker.ts). */
export const GET = handle(csrfView(null, "The attacker's page keeps nothing."), attackerPage);

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
