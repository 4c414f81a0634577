"use client"; // reads the verdict the lab put in this page's URL fragment

import { useEffect, useState } from "react";
import { Inspector } from "@/components/inspector/inspector";
import type { Step } from "@/components/inspector/types";
import { readReport } from "@/lib/api/csrf-report";

/** The forged request, as a step of its own: what arrived, and the lab's verdict. */
export function useForgedStep(): Step | null {
  const [step, setStep] = useState<Step | null>(null);
  useEffect(() => {
    const report = readReport(window.location.hash);
    if (!report) return;
    const server = report.exchange.server;
    const received = "received" in server ? server.received : undefined;
    const label = `Forged POST from ${received?.origin ?? "another page"}`;
    const { exchange, error, status } = report;
    // The fragment arrives once, from the lab's 303: reading it into state on mount is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStep({
      id: 0,
      label,
      method: "POST",
      url: exchange.request.url,
      status,
      exchange,
      error,
      documentCookie: document.cookie,
      pageUrl: window.location.href,
      at: Date.now(),
    });
  }, []);
  return step;
}

/** One sentence: did the cookie ride along, and what did the lab do? */
export function forgedVerdict(step: Step): string {
  const carried = step.exchange?.request.cookies.some((c) => /(^|__Host-)lab_csrf$/.test(c.name)) ?? false;
  const arrived = carried ? "arrived with your demo cookie" : "arrived without your demo cookie";
  if (step.status === 200) return `The forged request ${arrived} and the lab obeyed it: your email is now the attacker's.`;
  return `The forged request ${arrived} and the lab refused it (${step.status} ${step.error?.code ?? ""}): ${step.error?.message ?? ""}`;
}

export function ForgedReport({ step }: { step: Step }) {
  const obeyed = step.status === 200;
  return (
    <div className="space-y-3">
      <p
        data-testid="forged-verdict"
        className={`rounded-lg border p-3 text-sm ${obeyed ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"}`}
      >
        {forgedVerdict(step)}
      </p>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        The lab answered the attacker&apos;s form with 303 See Other back to this page, the verdict in the URL fragment (which no server sees), cookie values
        masked. The status below is the verdict.
      </p>
      <Inspector steps={[step]} announcement={forgedVerdict(step)} title="The forged request" />
    </div>
  );
}
