import { checkLab, clearLab, issueLab, LAB_ERROR_VIEW } from "@/lib/api/tamper/lab";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/** Who am I? Each lab cookie, checked by its mechanism's real reader. */
export const GET = handle(LAB_ERROR_VIEW, checkLab);

/** Issues the claim role=user four ways: raw, sealed, JWT and a server session ID. */
export const POST = handle(LAB_ERROR_VIEW, issueLab);

/** Ends the lab session and clears the four lab cookies. */
export const DELETE = handle(LAB_ERROR_VIEW, clearLab);

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
