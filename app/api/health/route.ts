import { healthAnswer, HEALTH_ERROR_VIEW } from "@/lib/api/health";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const GET = handle(HEALTH_ERROR_VIEW, healthAnswer);

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
