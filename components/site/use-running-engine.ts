"use client"; // the user agent is only known in the browser

import { useSyncExternalStore } from "react";
import { describeEngine, type RunningEngine } from "@/lib/cookie/running-engine";

let cached: { ua: string; engine: RunningEngine } | null = null;
const subscribe = () => () => undefined; // the user agent never changes under a page
const snapshot = (): RunningEngine => {
  const ua = navigator.userAgent;
  if (cached?.ua !== ua) cached = { ua, engine: describeEngine(ua) };
  return cached.engine;
};

/**
 * The engine the page runs in, or null in the server's HTML and while hydrating (so that HTML
 * stays the same for every browser); React re-renders with the engine right after.
 */
export function useRunningEngine(): RunningEngine | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
