import type { DeviceView } from "@/lib/exchange/server-state";
import { Button } from "@/components/ui/button";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** The account's sessions, as an account page's "Where you're logged in" list. */
export function DeviceList({ devices, busy, onEnd }: { devices: DeviceView[]; busy: boolean; onEnd: (device: DeviceView) => void }) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-700" data-testid="device-list">
      {devices.map((d) => (
        <li key={d.device} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="device">
          <div className="min-w-0 flex-1">
            <p className="font-medium">
              {d.label}
              {d.current && (
                <span className="ml-2 rounded bg-cookie-100 px-2 py-0.5 text-xs font-semibold text-cookie-800 dark:bg-stone-700 dark:text-amber-200">
                  This device
                </span>
              )}
            </p>
            <p className="text-xs text-stone-700 dark:text-stone-300">
              Logged in {when(d.createdAt)} · last seen {when(d.lastSeenAt)}
            </p>
            {d.userAgent && (
              <p className="truncate text-xs text-stone-600 dark:text-stone-400" title={d.userAgent}>
                {d.userAgent}
              </p>
            )}
          </div>
          {!d.current && (
            <Button variant="danger" disabled={busy} onClick={() => onEnd(d)}>
              End
              <span className="sr-only">
                {" "}
                the session of {d.label}, logged in {when(d.createdAt)}
              </span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
