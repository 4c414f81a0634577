import { explainLines, EXPLAIN_VIEW } from "@/lib/api/explain";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

export const POST = handle(EXPLAIN_VIEW, explainLines);

const { refuse, OPTIONS } = otherMethods(["POST"]);
export { OPTIONS, refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
