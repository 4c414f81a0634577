import { DEVICES_ERROR_VIEW, listDevices } from "@/lib/api/devices-routes";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const GET = handle(DEVICES_ERROR_VIEW, listDevices);

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
