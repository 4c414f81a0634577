import { stateRoutes } from "@/lib/api/state-routes";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const routes = stateRoutes("jwt");

export const GET = routes.GET;
export const POST = routes.POST;
export const DELETE = routes.DELETE;

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
