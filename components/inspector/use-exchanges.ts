"use client";

import { useCallback, useId, useRef, useState } from "react";
import { useEmbed } from "@/components/embed/embed-context";
import { EMBED_HEADER } from "@/lib/api/cross-site";
import { checkExpected, expectFrom, type ExpectedCookie } from "@/lib/inspector/refused-cookies";
import type { Step } from "./types";

const HISTORY = 8;

/**
 * Calls the lab's API and keeps the last steps, each with its exchange and `document.cookie` after
 * it. Embedded, each call says so (x-lab-embed: 1) so the server builds cookies a cross-site
 * iframe can keep; everywhere, a cookie the browser did not keep is reported, not lost silently.
 */
export function useExchanges() {
  const [steps, setSteps] = useState<Step[]>([]);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const nextId = useRef(1);
  const expected = useRef<ExpectedCookie[]>([]);
  const embedded = useEmbed() !== null;
  // The id of the inspector's "Showing …" line: the status line by the buttons links to it.
  const anchor = useId();

  const call = useCallback(
    async (label: string, method: string, path: string, body?: unknown): Promise<Step> => {
      setBusy(true);
      const url = new URL(path, window.location.href).toString();
      // What the server said, or that it could not be reached: the rest of the step is the same either way.
      let answer: Pick<Step, "status" | "exchange" | "error" | "reply">;
      try {
        const res = await fetch(url, {
          method,
          credentials: "same-origin",
          headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(embedded ? { [EMBED_HEADER]: "1" } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = (await res.json().catch(() => ({}))) as { exchange?: Step["exchange"]; error?: Step["error"] };
        const { exchange = null, error = null, ...reply } = json;
        answer = { status: res.status, exchange, error, reply };
      } catch {
        answer = { status: 0, exchange: null, error: { code: "network_error", message: "The request did not reach the server. Is it running?" } };
      }
      const step: Step = {
        id: nextId.current++,
        label,
        method,
        url,
        body,
        ...answer,
        documentCookie: document.cookie,
        pageUrl: window.location.href,
        at: Date.now(),
      };
      const judged = findRefused(expected.current, step, step.pageUrl);
      expected.current = judged.pending;
      step.refused = judged.refused;
      setSteps((prev) => [step, ...prev].slice(0, HISTORY));
      setAnnouncement(describe(step));
      setBusy(false);
      return step;
    },
    [embedded],
  );

  return { steps, call, busy, announcement, anchor };
}

/** Judges what earlier steps set against this request's Cookie header, then this response's readable cookies against document.cookie. */
function findRefused(expected: ExpectedCookie[], step: Step, pageUrl: string) {
  const page = { pageUrl, documentCookie: step.documentCookie };
  const request = step.exchange ? { url: step.url, cookieHeader: step.exchange.request.cookieHeader } : undefined;
  const before = request ? checkExpected(expected, { ...page, request }) : { refused: [], pending: expected };
  const after = checkExpected(expectFrom(before.pending, step.exchange?.response.setCookie ?? [], step.url, step.label, step.at), page);
  return { refused: [...before.refused, ...after.refused], pending: after.pending };
}

/** What a screen reader hears after each step. */
export function describe(step: Step): string {
  if (step.error) return `${step.label}: refused with status ${step.status}. ${step.error.message}`;
  const n = step.exchange?.response.setCookie.length ?? 0;
  const refused = step.refused?.length ? ` The browser did not keep ${step.refused.map((r) => r.name).join(", ")}.` : "";
  return `${step.label}: status ${step.status}, ${n} Set-Cookie line${n === 1 ? "" : "s"} received.${refused}`;
}
