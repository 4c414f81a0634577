"use client"; // loads the explainer in the page on first use

import { useEffect, useMemo, useState } from "react";
import { useEmbed } from "@/components/embed/embed-context";
import { useRunningEngine } from "@/components/site/use-running-engine";
import { crossSiteFrameContext } from "@/lib/cookie/running-engine";
import type { explain as Explain, ExplainedCookie } from "@/lib/cookie/explain";
import type { Step } from "./types";

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

/**
 * `explain`, once loaded (null until then: callers show the raw lines meanwhile), predicting the
 * engine the page runs in (lib/cookie/running-engine.ts) unless a call names one.
 */
export function useExplainer(): typeof Explain | null {
  const [mod, setMod] = useState<ExplainModule | null>(loaded);
  const browser = useRunningEngine()?.browser ?? "chromium";
  useEffect(() => {
    if (!mod) void loadExplainer().then(setMod);
  }, [mod]);
  return useMemo(() => {
    if (!mod) return null;
    const bound: typeof Explain = (input) => mod.explain({ ...input, context: { browser, ...input.context } });
    return bound;
  }, [mod, browser]);
}

/**
 * The explainer's reading of Set-Cookie lines as the browser received them from a step's URL, or
 * [] until it is loaded. In a frame on another site the browser judges every line as a
 * third-party cookie, so the verdicts do too, as the engine the page runs in does.
 */
export function useStepExplainer(): (step: Step, lines: string[]) => ExplainedCookie[] {
  const explain = useExplainer();
  const engine = useRunningEngine();
  const crossSite = useEmbed()?.crossSite;
  return (step, lines) => {
    if (!explain) return [];
    const context = crossSite ? { ...crossSiteFrameContext(engine, crossSite.thirdPartyCookies), method: step.method } : undefined;
    try {
      return explain({ setCookie: lines, url: step.url, now: step.at, context }).cookies;
    } catch {
      return []; // the URL came from this page, so this does not happen; the raw lines still show
    }
  };
}
