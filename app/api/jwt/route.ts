import { stateRoutes } from "@/lib/api/state-routes";

export const dynamic = "force-dynamic";

const routes = stateRoutes("jwt");

export const GET = routes.GET;
export const POST = routes.POST;
export const DELETE = routes.DELETE;
