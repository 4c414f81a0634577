import { loginRoute } from "@/lib/api/login";

export const dynamic = "force-dynamic";

export const POST = loginRoute;
