import { deviceAccountRoute } from "@/lib/api/devices-routes";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const POST = deviceAccountRoute;

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
