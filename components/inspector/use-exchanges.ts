"use client";

import { useCallback, useRef, useState } from "react";
import type { Step } from "./types";

const HISTORY = 8;

/** Calls the lab's API and keeps the last steps, each with its exchange and `document.cookie` after it. */
export function useExchanges() {
  const [steps, setSteps] = useState<Step[]>([]);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const nextId = useRef(1);

  const call = useCallback(async (label: string, method: string, path: string, body?: unknown): Promise<Step> => {
    setBusy(true);
    const url = new URL(path, window.location.href).toString();
    let step: Step;
    try {
      const res = await fetch(url, {
        method,
        credentials: "same-origin",
        headers: body === undefined ? undefined : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = (await res.json().catch(() => ({}))) as { exchange?: Step["exchange"]; error?: Step["error"] };
      step = { id: nextId.current++, label, method, url, body, status: res.status, exchange: json.exchange ?? null, error: json.error ?? null, documentCookie: document.cookie, at: Date.now() };
    } catch {
      const error = { code: "network_error", message: "The request did not reach the server. Is it running?" };
      step = { id: nextId.current++, label, method, url, body, status: 0, exchange: null, error, documentCookie: document.cookie, at: Date.now() };
    }
    setSteps((prev) => [step, ...prev].slice(0, HISTORY));
    setAnnouncement(describe(step));
    setBusy(false);
    return step;
  }, []);

  return { steps, call, busy, announcement };
}

/** What a screen reader hears after each step. */
export function describe(step: Step): string {
  if (step.error) return `${step.label}: refused with status ${step.status}. ${step.error.message}`;
  const n = step.exchange?.response.setCookie.length ?? 0;
  return `${step.label}: status ${step.status}, ${n} Set-Cookie line${n === 1 ? "" : "s"} received.`;
}
