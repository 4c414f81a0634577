import { respond } from "../exchange/exchange";
import type { ServerNote } from "../exchange/server-state";
import { getSessionStore } from "../session/create-store";
import { isApiError } from "../http/api-error";
import type { SessionStore, StoreKind } from "../session/store";
import { demoStore, redisConfigured } from "./stores";

/** One store's answer to a probe: reachable or not, and why not in a sentence. */
export interface StoreHealth {
  kind: StoreKind;
  /** "site": the store the site's sessions live in; "demo": one the stores demo also shows. */
  role: "site" | "demo";
  ok: boolean;
  message?: string;
}

export interface HealthReport {
  /** False only when the site's own store is down: the stores demo's Redis is a demo. */
  ok: boolean;
  stores: StoreHealth[];
}

/** An ID no session has (too short to be issued): a read of it is the cheapest round trip. */
const PROBE_ID = "health-probe";

async function probe(store: SessionStore, role: StoreHealth["role"]): Promise<StoreHealth> {
  try {
    await store.get(PROBE_ID);
    return { kind: store.kind, role, ok: true };
  } catch (err) {
    return { kind: store.kind, role, ok: false, message: isApiError(err) ? err.message : "The store failed to answer a read." };
  }
}

/** Probes the site's session store, and the stores demo's Redis when this server has one. */
export async function healthReport(env = process.env): Promise<HealthReport> {
  const site = getSessionStore();
  const stores = [probe(site, "site")];
  if (site.kind !== "redis" && redisConfigured(env)) stores.push(probe(demoStore("redis", env), "demo"));
  const results = await Promise.all(stores);
  return { ok: results[0]!.ok, stores: results };
}

/** What the health route reports as the server's state when the check itself fails. */
export const HEALTH_ERROR_VIEW = { mechanism: "none", summary: "The health check itself failed." } as const satisfies ServerNote;

/** GET /api/health, for load balancers and uptime checks: 200 while the site's session store answers, 503 when it does not. */
export async function healthAnswer(request: Request): Promise<Response> {
  const report = await healthReport();
  const down = report.stores.filter((s) => !s.ok).map((s) => s.kind);
  const summary = report.ok
    ? down.length
      ? `The site's session store answers; the stores demo's ${down.join(", ")} does not.`
      : "Every store this server uses answers."
    : `The site's session store (${report.stores[0]!.kind}) is not answering, so sessions cannot be read or written.`;
  return respond(request, {
    status: report.ok ? 200 : 503,
    server: { mechanism: "none", summary } satisfies ServerNote,
    body: { status: report.ok ? "ok" : "unavailable", stores: report.stores },
  });
}
