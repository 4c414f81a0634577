"use client"; // loads the explainer in the page on first use

import { useEffect, useState } from "react";
import type { explain as Explain } from "@/lib/cookie/explain";

type ExplainModule = typeof import("@/lib/cookie/explain");

let pending: Promise<ExplainModule> | null = null;
let loaded: ExplainModule | null = null;

/**
 * The explainer, with its public-suffix list and its input schemas, is a large part of a demo's
 * JavaScript; it is fetched the first time a page needs a verdict, not with the page.
 */
export function loadExplainer(): Promise<ExplainModule> {
  pending ??= import("@/lib/cookie/explain").then((m) => (loaded = m));
  return pending;
}

/** `explain`, once loaded (null until then: callers show the raw lines meanwhile). */
export function useExplainer(): typeof Explain | null {
  const [mod, setMod] = useState<ExplainModule | null>(loaded);
  useEffect(() => {
    if (!mod) void loadExplainer().then(setMod);
  }, [mod]);
  return mod?.explain ?? null;
}
