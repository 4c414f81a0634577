import { devicesRoute } from "@/lib/api/devices-routes";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const GET = devicesRoute;

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
