"use client"; // buttons that call the API and feed two inspectors

import { useState } from "react";
import { Inspector } from "@/components/inspector/inspector";
import type { Step } from "@/components/inspector/types";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { useRawCookieAttributes } from "@/components/embed/use-cookie-attributes";
import { formatBytes } from "@/lib/inspector/session-view";
import { CookieSizeResult } from "./cookie-size-result";
import { BIG_COOKIE, COOKIE_SIZES, SESSION_FILL, SESSION_OVER, valueFor } from "./sizes";

const PANEL = "space-y-3 rounded-xl border border-stone-200 p-4 dark:border-stone-700";

export function SizeLimitDemo() {
  const cookie = useExchanges();
  const session = useExchanges();
  const attributes = useRawCookieAttributes();
  const [grown, setGrown] = useState<{ size: number; set: Step; read: Step } | null>(null);

  const grow = async (size: number) => {
    const set = await cookie.call(`Set ${BIG_COOKIE} (${size} bytes)`, "POST", "/api/cookies", { name: BIG_COOKIE, value: valueFor(size), ...attributes });
    // The read right after shows what the browser kept: a dropped cookie is simply not sent.
    const read = await cookie.call("Read cookies", "GET", "/api/cookies");
    setGrown({ size, set, read });
  };
  const clear = () => cookie.call(`Clear ${BIG_COOKIE}`, "DELETE", `/api/cookies?name=${BIG_COOKIE}&path=/`);
  const fill = (bytes: number) => session.call(`Fill session (${bytes} bytes)`, "POST", "/api/session/grow", { bytes });

  return (
    <div className="space-y-6">
      <div className="grid gap-4 @4xl:grid-cols-2">
        <section aria-labelledby="size-cookie" className={PANEL}>
          <h2 id="size-cookie" className="text-lg font-semibold">
            In a cookie: 4,096 bytes at most
          </h2>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Set a cookie called <code className="font-mono">{BIG_COOKIE}</code> whose name and value together take:
          </p>
          <div className="flex flex-wrap gap-2">
            {COOKIE_SIZES.map((size) => (
              <Button key={size} onClick={() => void grow(size)} disabled={cookie.busy}>
                {formatBytes(size)}
              </Button>
            ))}
            <Button variant="danger" onClick={() => void clear()} disabled={cookie.busy}>
              Clear {BIG_COOKIE}
            </Button>
          </div>
          <ActionStatus exchanges={cookie} inspector="the cookie inspector" />
          {grown && <CookieSizeResult {...grown} />}
        </section>
        <section aria-labelledby="size-session" className={PANEL}>
          <h2 id="size-session" className="text-lg font-semibold">
            In a server session: a megabyte
          </h2>
          <p className="text-sm text-stone-700 dark:text-stone-300">The server makes the filler itself and keeps it; the browser holds only the session ID.</p>
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => void fill(SESSION_FILL)} disabled={session.busy}>
              Store 1,000,000 bytes
            </Button>
            <Button onClick={() => void fill(SESSION_OVER)} disabled={session.busy}>
              Try {formatBytes(SESSION_OVER)} (over the limit)
            </Button>
            <Button onClick={() => void session.call("Read session", "GET", "/api/session")} disabled={session.busy}>
              Read session
            </Button>
          </div>
          <ActionStatus exchanges={session} inspector="the session inspector" />
        </section>
      </div>
      <Inspector title="Cookie inspector" steps={cookie.steps} announcement={cookie.announcement} anchor={cookie.anchor} />
      <Inspector title="Session inspector" steps={session.steps} announcement={session.announcement} anchor={session.anchor} />
    </div>
  );
}
