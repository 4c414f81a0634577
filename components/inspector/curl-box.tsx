"use client"; // copies to the clipboard on click

import { useState } from "react";
import { toCurl } from "@/lib/inspector/curl";
import { LongCode } from "./long-text";
import type { Step } from "./types";

/** The same call as a curl command a learner can paste in a terminal. */
export function CurlBox({ step }: { step: Step }) {
  const [copied, setCopied] = useState(false);
  const command = toCurl({
    method: step.method,
    url: step.url,
    cookieHeader: step.exchange?.request.cookieHeader,
    cookieHeaderRaw: step.exchange?.request.cookieHeaderRaw,
    body: step.body,
  });
  return (
    <div className="min-w-0 rounded-lg border border-stone-200 p-3 dark:border-stone-700">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">The same call with curl</h3>
        <button
          type="button"
          className="rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          onClick={async () => {
            await navigator.clipboard?.writeText(command).catch(() => undefined);
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? "Copied" : "Copy as curl"}
        </button>
      </div>
      {/* Shortened on screen; Copy copies the whole command. */}
      <LongCode
        text={command}
        className="mt-2 rounded bg-stone-900 p-2 font-mono text-xs break-words whitespace-pre-wrap text-stone-100"
        testId="curl-command"
      />
    </div>
  );
}
