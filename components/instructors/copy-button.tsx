"use client"; // writes to the clipboard on click and announces the result

import { useState } from "react";

/** A copy button that says, to sighted and screen-reader users alike, whether the copy worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-xs text-stone-700 dark:text-stone-300">
        {state === "copied" ? "Copied." : state === "failed" ? "Your browser did not allow the copy: select the text and copy it." : ""}
      </span>
    </span>
  );
}
