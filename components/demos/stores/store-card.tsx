import type { Step } from "@/components/inspector/types";

export type StoreKind = "memory" | "sqlite" | "redis";

export const STORE_INFO: Record<StoreKind, { title: string; note: string }> = {
  memory: { title: "Memory", note: "A Map in the app process: lost on restart, not shared." },
  sqlite: { title: "SQLite", note: "A file on this server's disk: survives a restart." },
  redis: { title: "Redis", note: "A separate server: survives restarts, shared by instances." },
};

/** What one store holds for this browser, in a sentence, after the latest step on that store. */
function verdict(step: Step | undefined): { text: string; tone: "good" | "lost" | "none" } {
  if (!step) return { text: "Nothing asked yet.", tone: "none" };
  if (step.error) return { text: step.error.message, tone: "none" };
  const server = step.exchange?.server;
  const state = server && "session" in server ? server : null;
  if (state?.session) return { text: `Holds ${JSON.stringify(state.session.data)}`, tone: "good" };
  if (state?.outcome === "unknown_id") return { text: "Lost: the browser sent its cookie, but this store no longer knows the ID.", tone: "lost" };
  return { text: "No session in this store.", tone: "none" };
}

const TONES = {
  good: "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  lost: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100",
  none: "border-stone-200 bg-white text-stone-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-200",
} as const;

export function StoreCard({ kind, last, configured }: { kind: StoreKind; last: Step | undefined; configured: boolean | null }) {
  const info = STORE_INFO[kind];
  const v = configured === null ? { text: "Checking whether this server has Redis…", tone: "none" as const } : verdict(last);
  return (
    <section aria-label={`${info.title} store`} data-testid={`store-${kind}`} className={`rounded-lg border p-3 ${TONES[v.tone]}`}>
      <h3 className="font-semibold">{info.title}</h3>
      <p className="text-xs opacity-80">{info.note}</p>
      {configured === false ? (
        <p className="mt-2 text-sm">
          Redis is not configured here. To try it, run a <code className="font-mono">redis-server</code> and start the app with{" "}
          <code className="font-mono break-all">REDIS_URL=redis://127.0.0.1:6379 npm start</code>.
        </p>
      ) : (
        <p className={`mt-2 text-sm ${v.tone === "good" ? "font-mono break-all" : ""}`} data-testid="store-verdict">
          {v.text}
        </p>
      )}
    </section>
  );
}
