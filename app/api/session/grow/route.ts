import { growSession, GROW_ERROR_VIEW } from "@/lib/api/session-grow";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const POST = handle(GROW_ERROR_VIEW, growSession);

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
