import { logoutRoute } from "@/lib/api/login";

export const dynamic = "force-dynamic";

export const POST = logoutRoute;
