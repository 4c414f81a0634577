import { clearRawCookie, COOKIES_VIEW, echoCookies, setRawCookie } from "@/lib/api/cookies";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/** GET echoes the Cookie header; POST sets one raw cookie exactly as asked; DELETE clears one. */
export const GET = handle(COOKIES_VIEW, echoCookies);
export const POST = handle(COOKIES_VIEW, setRawCookie);
export const DELETE = handle(COOKIES_VIEW, clearRawCookie);

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
