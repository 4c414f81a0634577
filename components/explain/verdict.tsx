import type { ExplainedCookie } from "@/lib/cookie/explain";

/** "Stored" or "Refused: <reason>", in words and colour (the words carry the meaning, not the colour). */
export function Verdict({ cookie }: { cookie: ExplainedCookie }) {
  if (cookie.stored) {
    return (
      <p className="rounded bg-emerald-50 px-2 py-1 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" data-testid="verdict">
        <strong>Stored.</strong> The browser keeps this cookie.
        {cookie.partitionedBy === "Total Cookie Protection" &&
          " Partitioned: Firefox keeps it in a separate jar for the top-level site (Total Cookie Protection), so it is sent only inside that site."}
      </p>
    );
  }
  const deleted = cookie.reason?.code === "Expired";
  return (
    <p
      className={`rounded px-2 py-1 text-sm ${deleted ? "bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100" : "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}
      data-testid="verdict"
    >
      <strong>{deleted ? "Deleted." : "Refused."}</strong> {cookie.reason?.message}{" "}
      {cookie.reason && <code className="font-mono text-xs">({cookie.reason.code})</code>}
    </p>
  );
}
