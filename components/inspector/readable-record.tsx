import { LongInline } from "./long-text";

/** "readableByAnyone" → "readable by anyone": a field name as words. */
const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/** Any JSON value the server reported, as nested lists a learner reads top to bottom. */
function Value({ value, depth }: { value: unknown; depth: number }) {
  if (value === null || value === undefined) return <span className="italic">none</span>;
  // A sentence reads as prose and wraps between words; an ID, token or number is one opaque run.
  if (typeof value === "string" && value.includes(" ")) return <span className="break-words">{value}</span>;
  if (typeof value !== "object")
    return (
      <span className="font-mono break-all">
        <LongInline text={String(value)} />
      </span>
    );
  // Deeper than a few levels, one line of JSON reads better than a staircase.
  if (depth > 2)
    return (
      <span className="font-mono break-all">
        <LongInline text={JSON.stringify(value)} />
      </span>
    );
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="italic">(empty list)</span>;
    return (
      <ol className="mt-1 space-y-2">
        {value.map((item, i) => (
          <li key={i} className="rounded border border-stone-200 p-2 dark:border-stone-700">
            <Value value={item} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  return <Fields record={value as Record<string, unknown>} depth={depth + 1} />;
}

function Fields({ record, depth }: { record: Record<string, unknown>; depth: number }) {
  const entries = Object.entries(record);
  if (entries.length === 0) return <span className="italic">(empty)</span>;
  return (
    <dl className={`space-y-1 ${depth > 1 ? "ml-3" : ""}`}>
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt className="inline font-medium">{words(key)}:</dt> <dd className="inline">{<Value value={value} depth={depth} />}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the server reported beyond its summary, as a readable record (the raw JSON stays one click away). */
export function ReadableRecord({ record }: { record: Record<string, unknown> }) {
  return (
    <div className="mt-2 text-xs" data-testid="server-record">
      <Fields record={record} depth={0} />
    </div>
  );
}
