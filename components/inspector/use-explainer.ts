"use client"; // loads the explainer in the page on first use

import { useEffect, useState } from "react";
import { useEmbed } from "@/components/embed/embed-context";
import type { RequestContext } from "@/lib/cookie/context";
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

/** `explain`, once loaded (null until then: callers show the raw lines meanwhile). */
export function useExplainer(): typeof Explain | null {
  const [mod, setMod] = useState<ExplainModule | null>(loaded);
  useEffect(() => {
    if (!mod) void loadExplainer().then(setMod);
  }, [mod]);
  return mod?.explain ?? null;
}

/**
 * The explainer's reading of Set-Cookie lines as the browser received them from a step's URL, or
 * [] until it is loaded. In a frame on another site the browser judges every line as a
 * third-party cookie, so the verdicts do too.
 */
export function useStepExplainer(): (step: Step, lines: string[]) => ExplainedCookie[] {
  const explain = useExplainer();
  const crossSite = useEmbed()?.crossSite;
  return (step, lines) => {
    if (!explain) return [];
    const context: RequestContext | undefined = crossSite ? { site: "cross-site", frame: "iframe", method: step.method, thirdPartyCookies: crossSite.thirdPartyCookies } : undefined;
    try {
      return explain({ setCookie: lines, url: step.url, now: step.at, context }).cookies;
    } catch {
      return []; // the URL came from this page, so this does not happen; the raw lines still show
    }
  };
}
