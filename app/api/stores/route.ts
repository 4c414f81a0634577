import { endStoreSession, readStore, STORES_ERROR_VIEW, writeStore } from "@/lib/api/stores";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const GET = handle(STORES_ERROR_VIEW, readStore);
export const POST = handle(STORES_ERROR_VIEW, writeStore);
export const DELETE = handle(STORES_ERROR_VIEW, endStoreSession);

const { refuse, OPTIONS } = otherMethods(["GET", "POST", "DELETE"]);
export { OPTIONS, refuse as PUT, refuse as PATCH };
