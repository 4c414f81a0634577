import { endAccount, readAccount, startAccount } from "@/lib/api/csrf-routes";
import { csrfView } from "@/lib/api/csrf";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const onError = csrfView(null, "Nothing was set: the demo cookie stays as it was.");

/** GET: the CSRF demo's account, its token, and where the attacker's page is served. */
export const GET = handle(onError, readAccount);
/** POST {sameSite, defence}: a fresh demo account with these settings. */
export const POST = handle(onError, startAccount);
/** DELETE: clears the demo cookie. */
export const DELETE = handle(onError, endAccount);

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
