import { DEVICES_ERROR_VIEW, startDeviceAccount } from "@/lib/api/devices-routes";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const POST = handle(DEVICES_ERROR_VIEW, startDeviceAccount);

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
