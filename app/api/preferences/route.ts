import { clearPreferences, getPreferences, PREFERENCES_ERROR_VIEW, setPreferences } from "@/lib/api/preferences";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const GET = handle(PREFERENCES_ERROR_VIEW, getPreferences);
export const POST = handle(PREFERENCES_ERROR_VIEW, setPreferences);
export const DELETE = handle(PREFERENCES_ERROR_VIEW, clearPreferences);

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
