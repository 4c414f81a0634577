import { useEffect, useState } from "react";

export interface Timers {
  idleExpiresAt: number;
  absoluteExpiresAt: number;
  /** Milliseconds to add to this page's clock to get the server's. */
  offset: number;
  /** This page's clock when the server's answer arrived. */
  receivedAt: number;
}

/**
 * Milliseconds left on each timer at `pageNow` (this page's clock), counted on the server's clock.
 * The page's clock is never taken as earlier than the answer's arrival: the ticking state can be
 * older than the timers it shows (a countdown mounted long before the first session).
 */
export function timeLeft(timers: Timers, pageNow: number): { idle: number; absolute: number } {
  const serverNow = Math.max(pageNow, timers.receivedAt) + timers.offset;
  return { idle: timers.idleExpiresAt - serverNow, absolute: timers.absoluteExpiresAt - serverNow };
}

function Bar({ label, left, total }: { label: string; left: number; total: number }) {
  const seconds = Math.max(0, Math.ceil(left / 1000));
  const share = total > 0 ? Math.max(0, Math.min(1, left / total)) : 0;
  return (
    <div>
      <p className="flex justify-between text-sm">
        <span>{label}</span>
        <span className="font-mono tabular-nums" data-testid={`${label.split(" ")[0]!.toLowerCase()}-left`}>
          {seconds > 0 ? `${seconds} s left` : "ran out"}
        </span>
      </p>
      <div aria-hidden="true" className="mt-1 h-2 rounded-full bg-stone-200 dark:bg-stone-700">
        <div className="h-2 rounded-full bg-cookie-600 dark:bg-amber-300" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

/**
 * The two timers of the live session, ticking every second. The ticks are not announced (that
 * would be a sentence a second); the moment one runs out is, once, in its own live region.
 */
export function Countdown({ timers, idleTotal, absoluteTotal }: { timers: Timers | null; idleTotal: number; absoluteTotal: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timers) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [timers]);

  const { idle: idleLeft, absolute: absoluteLeft } = timers ? timeLeft(timers, now) : { idle: 0, absolute: 0 };
  const ended = !timers ? "" : absoluteLeft <= 0 ? "absolute" : idleLeft <= 0 ? "idle" : "";
  const message =
    ended === "absolute"
      ? "The absolute timeout has passed: the server will end this session at the next request, however active it was."
      : ended === "idle"
        ? "The idle timeout has passed: the server will end this session at the next request."
        : "";

  return (
    <div className="space-y-3 rounded-lg border border-stone-200 p-3 dark:border-stone-700" data-testid="countdown">
      <h3 className="text-sm font-semibold">The server&apos;s timers for this session</h3>
      {!timers ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">No live session: start one to see its timers.</p>
      ) : (
        <>
          <Bar label="Idle timeout" left={idleLeft} total={idleTotal * 1000} />
          <Bar label="Absolute timeout" left={absoluteLeft} total={absoluteTotal * 1000} />
        </>
      )}
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-amber-900 dark:text-amber-200" data-testid="expiry-announcement">
        {message}
      </p>
    </div>
  );
}
