import { formatBytes } from "@/lib/inspector/session-view";
import { dollars, summarise, totalCents } from "./catalogue";

/** One cart as its owner sees it: the items, the total, and what it costs on every request. */
export function CartCard({ title, items, bytes, where, testId }: { title: string; items: string[]; bytes: number; where: string; testId: string }) {
  const lines = summarise(items);
  return (
    <section aria-labelledby={`${testId}-title`} className="rounded-xl border border-stone-200 p-4 dark:border-stone-700" data-testid={testId}>
      <h2 id={`${testId}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{where}</p>
      {lines.length === 0 ? (
        <p className="mt-2 text-sm italic">Empty.</p>
      ) : (
        <ul className="mt-2 text-sm" aria-label={`${title}: items`}>
          {lines.map((l) => (
            <li key={l.sku}>
              {l.count} × {l.name}
              {!l.known && <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">not sold here</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">
        Total at the shop&apos;s prices: <strong data-testid={`${testId}-total`}>{dollars(totalCents(items))}</strong>
      </p>
      <p className="mt-2 text-sm" data-testid={`${testId}-bytes`}>
        The browser sends <strong>{formatBytes(bytes)}</strong> for it with every request to this site.
      </p>
    </section>
  );
}
