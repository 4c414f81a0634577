"use client"; // changes the page's colours at once and saves the choice in the theme cookie

import { useState, useSyncExternalStore } from "react";
import { THEMES, type Theme } from "@/lib/preferences/preferences";
import type { UiText } from "@/lib/preferences/ui-text";
import { applyPreferences } from "./apply-preferences";

/** Fired on window when a theme select changes the page, so every copy of the control follows. */
const CHANGED = "lab-theme-changed";
const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
};
/** The theme <html> carries now (htmlAttributes: an explicit theme sets data-theme, "system" none). */
const pageTheme = (): Theme => THEMES.find((t) => t === document.documentElement.dataset.theme) ?? "system";
const pageLang = () => (document.documentElement.lang === "fr" ? "fr" : "en");

function show(theme: Theme) {
  applyPreferences({ theme, lang: pageLang() });
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * The site's theme, in the header. The page changes at once (no reload, no flash); the choice goes
 * in the same `theme` cookie as the preferences demo's (POST /api/preferences), from which the
 * server renders every later page (proxy.ts), so the next page arrives in it too.
 */
export function ThemeSelect({ id, theme, text }: { id: string; theme: Theme; text: UiText["nav"] }) {
  const current = useSyncExternalStore(subscribe, pageTheme, () => theme);
  const [failed, setFailed] = useState(false);
  async function choose(next: Theme) {
    const before = pageTheme();
    show(next);
    const saved = await fetch("/api/preferences", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ theme: next }),
    }).catch(() => null);
    setFailed(!saved?.ok);
    if (!saved?.ok) show(before);
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id}>{text.theme}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => void choose(e.target.value as Theme)}
        aria-invalid={failed || undefined}
        data-testid="theme-select"
        className="rounded-md border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {text.themes[t]}
          </option>
        ))}
      </select>
    </div>
  );
}
