import { growRoute } from "@/lib/api/session-grow";

export const dynamic = "force-dynamic";

export const POST = growRoute;
