"use client"; // the options are in the query string, which a static page reads in the browser

import { Fragment, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { parseEmbedOptions, type EmbedCapabilities } from "@/lib/embed/options";
import { EmbedShell } from "./embed-shell";

// The query string never changes under a mounted embed: nothing to subscribe to.
const subscribe = () => () => undefined;
const querySnapshot = () => window.location.search;
// The static HTML is rendered for no query at all, so hydration starts from the default options.
const staticSnapshot = () => "";

/**
 * The embed with the options its URL asks for, each validated (lib/embed/options.ts). The page is
 * static: its HTML carries the demo with the default options, and the browser hydrates that HTML
 * in place, then re-renders with the query's options. So an embed keeps the elements it showed
 * before its JavaScript ran, and the focus with them (no Suspense fallback swapped for a new tree).
 * Options that seed a demo's starting state (the form's name and value, the mechanism) remount
 * the demo once, so that it starts from them.
 */
export function EmbedFromQuery({ id, title, capabilities, children }: { id: string; title: string; capabilities: EmbedCapabilities; children: ReactNode }) {
  const search = useSyncExternalStore(subscribe, querySnapshot, staticSnapshot);
  const options = useMemo(() => parseEmbedOptions(new URLSearchParams(search), capabilities), [search, capabilities]);
  const start = JSON.stringify([options.name, options.value, options.mechanism]);
  return (
    <EmbedShell id={id} title={title} options={options}>
      <Fragment key={start}>{children}</Fragment>
    </EmbedShell>
  );
}
