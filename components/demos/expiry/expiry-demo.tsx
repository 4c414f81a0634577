"use client"; // buttons that call the API, a ticking countdown, and the inspector

import { useId, useState } from "react";
import { useChoiceState, useRadioState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { CookieLifetimes } from "./cookie-lifetimes";
import { Countdown, type Timers } from "./countdown";
import { timersFrom, TIMER_PRESETS } from "./timers";

const PRESETS = Object.keys(TIMER_PRESETS) as (keyof typeof TIMER_PRESETS)[];
const ROLLING = ["on", "off"] as const;

export function ExpiryDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const [preset, setPreset] = useChoiceState(`${id}-preset`, "standard", PRESETS);
  const [rolling, setRolling] = useRadioState(`${id}-rolling`, "on", ROLLING);
  const [timers, setTimers] = useState<Timers | null>(null);
  const [visits, setVisits] = useState(0);
  const { idle, absolute } = TIMER_PRESETS[preset];
  const query = `?${new URLSearchParams({ idle: String(idle), absolute: String(absolute), rolling })}`;

  const run = async (label: string, method: string, body?: unknown) => {
    const step = await call(label, method, `/api/expiry${query}`, body);
    if (step.exchange) setTimers(timersFrom(step));
    return step;
  };
  const write = async () => {
    const step = await run("Write", "POST", { visits: visits + 1 });
    const server = step.exchange?.server;
    const written = server && "session" in server ? server.session?.data.visits : undefined;
    setVisits(typeof written === "number" ? written : 0);
  };

  return (
    <div className="space-y-6">
      <CookieLifetimes call={call} busy={busy} headingId={`${id}-lifetimes`} />
      <section aria-labelledby={`${id}-server`} className="space-y-4 rounded-xl border border-stone-200 p-4 dark:border-stone-700">
        <h2 id={`${id}-server`} className="text-lg font-semibold">
          2. How long the server keeps a session
        </h2>
        <div className="grid gap-4 @2xl:grid-cols-2">
          <div className="space-y-4">
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-preset`} className="text-sm font-medium">
                Timers
              </label>
              <select
                id={`${id}-preset`}
                value={preset}
                onChange={(e) => setPreset(e.target.value as typeof preset)}
                className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900"
              >
                {Object.entries(TIMER_PRESETS).map(([key, p]) => (
                  <option key={key} value={key}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">Rolling renewal</legend>
              {ROLLING.map((value) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name={`${id}-rolling`}
                    value={value}
                    checked={rolling === value}
                    onChange={() => setRolling(value)}
                    className="accent-cookie-700"
                  />
                  {value === "on" ? "On: every read extends the idle timer" : "Off: only writes extend it"}
                </label>
              ))}
            </fieldset>
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" disabled={busy} onClick={() => void write()}>
                Write (start or update)
              </Button>
              <Button disabled={busy} onClick={() => void run("Read", "GET")}>
                Read
              </Button>
              <Button variant="danger" disabled={busy} onClick={() => void run("End session", "DELETE")}>
                End session
              </Button>
            </div>
            <ActionStatus exchanges={exchanges} />
          </div>
          <Countdown timers={timers} idleTotal={idle} absoluteTotal={absolute} />
        </div>
      </section>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
