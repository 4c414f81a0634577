import { useSyncExternalStore } from "react";

const KEY = "cookie-lab-tab-label";

/** This tab's label, created on first read and kept in sessionStorage: each tab has its own. */
function readLabel(): string {
  try {
    let label = sessionStorage.getItem(KEY);
    if (!label) {
      const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
      label = `Tab ${Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => letters[b % letters.length]).join("")}`;
      sessionStorage.setItem(KEY, label);
    }
    return label;
  } catch {
    return "this tab (sessionStorage is blocked here)";
  }
}

const noop = () => () => undefined;

/** null on the server render, where there is no sessionStorage; the label once in the browser. */
export function useTabLabel(): string | null {
  return useSyncExternalStore(noop, readLabel, () => null);
}
