import { cartRoute } from "@/lib/api/session-cart";

export const dynamic = "force-dynamic";

export const POST = cartRoute;
