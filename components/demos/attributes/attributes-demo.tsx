"use client"; // the playground's choices, its requests and the check after each set live in the page

import { useId, useState } from "react";
import { liveChecked, liveChoice, liveRadio, liveValue } from "@/components/ui/use-field-state";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { useEmbed } from "@/components/embed/embed-context";
import { loadExplainer } from "@/components/inspector/use-explainer";
import { useRawCookieAttributes } from "@/components/embed/use-cookie-attributes";
import { useRunningEngine } from "@/components/site/use-running-engine";
import { compare, predict, type Observation } from "@/lib/inspector/attribute-check";
import { AttributesForm } from "./attributes-form";
import { DEFAULT_CHOICE, LIFETIMES, PATHS, PREFIXES, PROBE_PATHS, SAME_SITES, toBody, type Choice } from "./choice";
import { Comparison, type Check } from "./comparison";

/** Reads document.cookie and asks each probe path which Cookie header it received; shown in the check. */
async function observe(): Promise<Observation> {
  const headers: Record<string, string | null> = {};
  for (const path of PROBE_PATHS) {
    const url = new URL(path, window.location.href).toString();
    const res = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    const json = (await res.json().catch(() => null)) as { exchange?: { request: { cookieHeader: string | null } } } | null;
    headers[url] = json?.exchange?.request.cookieHeader ?? null;
  }
  return { documentCookie: document.cookie, headers };
}

export function AttributesDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const options = useEmbed()?.options;
  const attributes = useRawCookieAttributes();
  const engine = useRunningEngine();
  // Embedded: start from the cross-site form (the learner can still untick it and watch the refusal).
  const [choice, setChoice] = useState<Choice>(() => {
    const start: Choice = {
      ...DEFAULT_CHOICE,
      ...(attributes.sameSite === "None" ? { sameSite: "None", secure: true, partitioned: true } : {}),
      ...(options?.name ? { name: options.name } : {}),
      ...(options?.value ? { value: options.value } : {}),
    };
    // Whatever the learner changed before the page's JavaScript ran (see use-field-state.ts).
    return {
      prefix: liveRadio(`${id}-prefix`, PREFIXES) ?? start.prefix,
      name: liveValue(`${id}-name`) ?? start.name,
      value: liveValue(`${id}-value`) ?? start.value,
      lifetime: liveChoice(`${id}-lifetime`, LIFETIMES) ?? start.lifetime,
      path: liveChoice(`${id}-path`, PATHS) ?? start.path,
      domain: liveValue(`${id}-domain`) ?? start.domain,
      sameSite: liveChoice(`${id}-samesite`, SAME_SITES) ?? start.sameSite,
      secure: liveChecked(`${id}-secure`) ?? start.secure,
      httpOnly: liveChecked(`${id}-httponly`) ?? start.httpOnly,
      partitioned: liveChecked(`${id}-partitioned`) ?? start.partitioned,
    };
  });
  const [check, setCheck] = useState<Check | null>(null);
  const [checking, setChecking] = useState(false);
  const update = (patch: Partial<Choice>) => setChoice((c) => ({ ...c, ...patch }));

  const set = async () => {
    setChecking(true);
    setCheck(null);
    try {
      const before = await observe();
      const step = await call(`Set ${choice.prefix}${choice.name}`, "POST", "/api/cookies", toBody(choice));
      const line = step.exchange?.response.setCookie[0];
      if (step.error || !line) return;
      const after = await observe();
      const probes = Object.keys(after.headers);
      const { explain } = await loadExplainer();
      const prediction = predict(explain, line, step.url, window.location.href, probes, step.at, { browser: engine?.browser ?? "chromium" });
      const seen = [
        { where: "document.cookie", header: after.documentCookie || null },
        ...probes.map((u) => ({ where: `Cookie header at ${new URL(u).pathname}`, header: after.headers[u] ?? null })),
      ];
      setCheck({ line, prediction, rows: compare(prediction, before, after), seen });
    } finally {
      setChecking(false);
    }
  };
  const read = (path: string) => call(`Read at ${path}`, "GET", path);
  const clear = () => {
    const name = choice.prefix + choice.name;
    const query = new URLSearchParams({ name, path: choice.path || "/api", ...(choice.domain.trim() ? { domain: choice.domain.trim() } : {}) });
    return call(`Clear ${name}`, "DELETE", `/api/cookies?${query}`);
  };

  return (
    <div className="space-y-6">
      <AttributesForm
        id={id}
        choice={choice}
        update={update}
        onSet={() => void set()}
        onRead={(p) => void read(p)}
        onClear={() => void clear()}
        busy={busy || checking}
      />
      <ActionStatus exchanges={exchanges} />
      {check && <Comparison check={check} engine={engine} />}
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
