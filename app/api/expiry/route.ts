import { endExpiry, EXPIRY_ERROR_VIEW, readExpiry, writeExpiry } from "@/lib/api/expiry";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const GET = handle(EXPIRY_ERROR_VIEW, readExpiry);
export const POST = handle(EXPIRY_ERROR_VIEW, writeExpiry);
export const DELETE = handle(EXPIRY_ERROR_VIEW, endExpiry);

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
