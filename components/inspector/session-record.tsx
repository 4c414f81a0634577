import type { ReactNode } from "react";
import type { SessionRecordView } from "@/lib/exchange/server-state";
import { formatBytes, relativeTime, shortJson } from "@/lib/inspector/session-view";

function When({ iso, now }: { iso: string; now: number }) {
  return (
    <>
      <time dateTime={iso} className="font-mono">
        {new Date(iso).toLocaleTimeString("en-GB")}
      </time>{" "}
      <span className="text-stone-600 dark:text-stone-400">({relativeTime(iso, now)})</span>
    </>
  );
}

/** A server-side session record as a small table: what the store keeps for this visitor. */
export function SessionRecord({ session, now, maxBytes }: { session: SessionRecordView; now: number; maxBytes?: number }) {
  const entries = Object.entries(session.data);
  const size = shortJson(session.data, Infinity).bytes;
  const rows: [string, ReactNode][] = [
    [
      "ID",
      <span key="id" className="font-mono break-all">
        {session.id}
      </span>,
    ],
    ["Created", <When key="c" iso={session.createdAt} now={now} />],
    ["Last seen", <When key="l" iso={session.lastSeenAt} now={now} />],
    ["Idle expiry", <When key="i" iso={session.idleExpiresAt} now={now} />],
    ["Absolute expiry", <When key="a" iso={session.absoluteExpiresAt} now={now} />],
  ];
  return (
    <table className="mt-2 w-full text-left text-xs" data-testid="session-record">
      <caption className="sr-only">The session record in the server&apos;s store</caption>
      <tbody>
        {rows.slice(0, 1).map(([label, cell]) => (
          <tr key={label} className="border-t border-stone-100 align-top dark:border-stone-800">
            <th scope="row" className="py-1 pr-2 font-medium whitespace-nowrap">
              {label}
            </th>
            <td className="py-1">{cell}</td>
          </tr>
        ))}
        <tr className="border-t border-stone-100 align-top dark:border-stone-800">
          <th scope="row" className="py-1 pr-2 font-medium whitespace-nowrap">
            Data
          </th>
          <td className="py-1">
            {entries.length === 0 ? (
              <span className="italic">(empty)</span>
            ) : (
              <ul aria-label="Session data" className="space-y-0.5">
                {entries.map(([key, value]) => {
                  const v = shortJson(value);
                  return (
                    <li key={key} className="font-mono break-all" data-testid="session-data-entry">
                      <span className="font-semibold">{key}</span>: {v.text}
                      {v.cut && <span className="font-sans text-stone-600 dark:text-stone-400"> ({formatBytes(v.bytes)} in all)</span>}
                    </li>
                  );
                })}
              </ul>
            )}
            <p className="mt-1 text-stone-600 dark:text-stone-400" data-testid="session-data-size">
              {formatBytes(size)}
              {maxBytes ? ` of the ${formatBytes(maxBytes)} this server allows per session` : ""}
            </p>
          </td>
        </tr>
        {rows.slice(1).map(([label, cell]) => (
          <tr key={label} className="border-t border-stone-100 align-top dark:border-stone-800">
            <th scope="row" className="py-1 pr-2 font-medium whitespace-nowrap">
              {label}
            </th>
            <td className="py-1">{cell}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
