import { crossingRow, crossingSentence, type BytesRow } from "./catalogue";

/** Bytes per request after each add: the raw cart grows with the cart, the session ID does not. */
export function BytesTable({ rows }: { rows: BytesRow[] }) {
  if (rows.length === 0) return null;
  const cross = crossingRow(rows);
  const max = Math.max(...rows.flatMap((r) => [r.cart, r.session]), 1);
  const bar = (n: number, colour: string) => (
    <span aria-hidden="true" className={`inline-block h-2 rounded ${colour}`} style={{ width: `${Math.max(2, (n / max) * 100)}%` }} />
  );
  return (
    <div>
      <div className="overflow-x-auto" role="region" aria-label="Bytes per request, scrolls sideways" tabIndex={0}>
        <table className="w-full min-w-[20rem] text-left text-sm" data-testid="bytes-table">
          <caption className="text-left font-semibold">Bytes each request carries for the cart, after each add</caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-600">
              <th scope="col" className="py-1 pr-3">
                Items
              </th>
              <th scope="col" className="w-2/5 py-1 pr-3">
                Raw cookie cart
              </th>
              <th scope="col" className="w-2/5 py-1">
                Session cookie (the ID)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.n}
                className={`border-b border-stone-200 dark:border-stone-800 ${r === cross ? "bg-cookie-50 dark:bg-stone-800" : ""}`}
                data-crossing={r === cross || undefined}
              >
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r.items}
                  {r === cross && <span className="ml-2 text-xs font-semibold whitespace-nowrap">lines cross</span>}
                </th>
                <td className="py-1 pr-3">
                  <span className="font-mono">{r.cart} B</span> {bar(r.cart, "bg-cookie-700 dark:bg-amber-300")}
                </td>
                <td className="py-1">
                  <span className="font-mono">{r.session} B</span> {bar(r.session, "bg-stone-500 dark:bg-stone-400")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="bytes-crossing" className="mt-2 max-w-3xl text-sm">
        {crossingSentence(rows)}
      </p>
    </div>
  );
}
