"use client"; // localStorage exists only in the browser

import { useMemo, useSyncExternalStore } from "react";
import { parseProgress, PROGRESS_KEY, type Progress } from "@/lib/study/progress";

const listeners = new Set<() => void>();

function read(): string {
  try {
    return localStorage.getItem(PROGRESS_KEY) ?? "";
  } catch {
    return ""; // storage switched off: no progress, and nothing breaks
  }
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another tab answering or clearing updates this one too.
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY || e.key === null) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * The learner's self-check progress from localStorage, or null in the server's HTML and while
 * hydrating (the server knows nothing of it), so the first render matches and React fills it in after.
 */
export function useProgress(): { progress: Progress | null; raw: string | null } {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const progress = useMemo(() => (raw === null ? null : parseProgress(raw)), [raw]);
  return { progress, raw };
}

/** Stores the progress (or removes the key when nothing is left); false when the browser refuses storage. */
export function saveProgress(progress: Progress): boolean {
  try {
    if (Object.keys(progress).length === 0) localStorage.removeItem(PROGRESS_KEY);
    else localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    return false;
  }
  for (const l of listeners) l();
  return true;
}
