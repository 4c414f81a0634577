import { healthReport } from "@/lib/api/health";
import { respond } from "@/lib/exchange/exchange";
import { handle } from "@/lib/http/handle";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

// For load balancers and uptime checks: 200 while the site's session store answers, 503 when it does not.
const onError = { mechanism: "none" as const, summary: "The health check itself failed." };

export const GET = handle(onError, async (request) => {
  const report = await healthReport();
  const down = report.stores.filter((s) => !s.ok).map((s) => s.kind);
  const summary = report.ok
    ? down.length
      ? `The site's session store answers; the stores demo's ${down.join(", ")} does not.`
      : "Every store this server uses answers."
    : `The site's session store (${report.stores[0]!.kind}) is not answering, so sessions cannot be read or written.`;
  return respond(request, {
    status: report.ok ? 200 : 503,
    server: { mechanism: "none", summary },
    body: { status: report.ok ? "ok" : "unavailable", stores: report.stores },
  });
});

const { refuse, OPTIONS } = otherMethods(["GET"]);
export { OPTIONS, refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
