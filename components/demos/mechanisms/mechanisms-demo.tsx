"use client"; // calls the API four times, replays copies through document.cookie, and filters the inspector

import { useId, useState } from "react";
import { useRadioState } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { describe, useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import type { Mechanism } from "@/lib/mechanisms";
import { useEmbed } from "@/components/embed/embed-context";
import { usePageCookieWriter, useRawCookieAttributes } from "@/components/embed/use-cookie-attributes";
import type { ReplayVerdict } from "../replay";
import { holdingsOf, revokeVerdict, type Holdings } from "./holdings";
import { MechanismCard } from "./mechanism-card";
import { DEMO_MECHANISMS, SAMPLE } from "./demo-mechanisms";

const SHOWN = ["all", ...DEMO_MECHANISMS.map((f) => f.id)] as const;

export function MechanismsDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const [holdings, setHoldings] = useState<Partial<Record<Mechanism, Holdings>>>({});
  const [revokes, setRevokes] = useState<Partial<Record<Mechanism, ReplayVerdict>>>({});
  const [stepMechanism, setStepMechanism] = useState<Record<number, Mechanism>>({});
  // An embed may start the inspector on one mechanism (?mechanism=jwt).
  const [shown, setShown] = useRadioState<Mechanism | "all">(`${id}-shown`, useEmbed()?.options.mechanism ?? "all", SHOWN);
  const [notice, setNotice] = useState("");
  const writePageCookie = usePageCookieWriter();
  const rawAttributes = useRawCookieAttributes();

  const tag = (stepId: number, m: Mechanism) => setStepMechanism((prev) => ({ ...prev, [stepId]: m }));

  const storeAll = async () => {
    const next: Partial<Record<Mechanism, Holdings>> = {};
    for (const f of DEMO_MECHANISMS) {
      const body = f.id === "cookie" ? { ...(f.store.body as object), ...rawAttributes } : f.store.body;
      const step = await call(`Store (${f.title})`, "POST", f.store.path, body);
      tag(step.id, f.id);
      if (step.exchange && !step.error) next[f.id] = holdingsOf(f.id, step.exchange);
    }
    setHoldings(next);
    setRevokes({});
    const stored = DEMO_MECHANISMS.filter((f) => next[f.id]).map((f) => `${f.title} ${next[f.id]!.bytes} bytes`);
    setNotice(`Stored ${JSON.stringify(SAMPLE)} ${stored.length} ways. Cookie sizes: ${stored.join(", ")}.`);
  };

  const revoke = async (m: Mechanism) => {
    const f = DEMO_MECHANISMS.find((x) => x.id === m)!;
    const copy = holdings[m]?.cookie;
    if (!copy) return;
    tag((await call(`Revoke (${f.title})`, "DELETE", f.clear)).id, m);
    // A copy kept elsewhere (another device, an attacker) comes back after the server's delete.
    writePageCookie(copy.name, copy.value);
    const step = await call(`Replay a copy (${f.title})`, "GET", f.read);
    tag(step.id, m);
    const verdict = revokeVerdict(m, step.exchange);
    setRevokes((prev) => ({ ...prev, [m]: verdict }));
    setNotice(`${f.title}, after revoking and replaying a copy: ${verdict.headline}.`);
  };

  const visible = shown === "all" ? steps : steps.filter((s) => stepMechanism[s.id] === shown);
  // The status line speaks of the step the inspector shows: filtered to one mechanism, that is the
  // newest of its steps, not the newest request (which may belong to another mechanism).
  const latest = steps[0];
  const filteredTitle = DEMO_MECHANISMS.find((f) => f.id === shown)?.title;
  const status =
    shown === "all" || !latest || visible[0]?.id === latest.id
      ? announcement
      : visible[0]
        ? `${describe(visible[0])} (The inspector shows the ${filteredTitle} steps only; the latest request was ${latest.label}.)`
        : `No ${filteredTitle} step yet; the latest request was ${latest.label}.`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={() => void storeAll()} disabled={busy}>
          Store it four ways
        </Button>
        <p className="text-sm">
          The data: <code className="font-mono">{JSON.stringify(SAMPLE)}</code>
        </p>
      </div>
      <p role="status" aria-live="polite" data-testid="mechanisms-notice" className="min-h-5 text-sm">
        {notice}
      </p>
      <ActionStatus exchanges={exchanges} />
      <div className="grid gap-3 @2xl:grid-cols-2 @6xl:grid-cols-4">
        {DEMO_MECHANISMS.map((f) => (
          <MechanismCard key={f.id} facts={f} holdings={holdings[f.id]} revoke={revokes[f.id]} onRevoke={() => void revoke(f.id)} disabled={busy} />
        ))}
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <legend className="mb-1 font-medium">Show in the inspector</legend>
        {[{ id: "all" as const, title: "Every mechanism" }, ...DEMO_MECHANISMS].map((f) => (
          <label key={f.id} className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-shown`}
              value={f.id}
              checked={shown === f.id}
              onChange={() => setShown(f.id)}
              className="h-4 w-4 accent-cookie-700"
            />
            {f.title}
          </label>
        ))}
      </fieldset>
      <Inspector steps={visible} announcement={status} anchor={exchanges.anchor} />
    </div>
  );
}
