import { growRoute } from "@/lib/api/session-grow";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const POST = growRoute;

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
