import { resetLab, RESET_ERROR_VIEW } from "@/lib/api/reset";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/** Clears every cookie of the lab in this browser, HttpOnly ones too, and ends this visitor's sessions. */
export const DELETE = handle(RESET_ERROR_VIEW, resetLab);

const { refuse, OPTIONS } = otherMethods(["DELETE"]);
export { OPTIONS, refuse as GET, refuse as POST, refuse as PUT, refuse as PATCH };
