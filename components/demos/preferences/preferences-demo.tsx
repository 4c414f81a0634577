"use client"; // a form that saves the cookies and mirrors the choice on the live page

import { useId, useState, useSyncExternalStore } from "react";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { Button } from "@/components/ui/button";
import { LANGS, THEMES, UI_TEXT, type Lang, type Theme } from "@/lib/preferences/preferences";
import { applyPreferences, renderedHtmlTag } from "./apply-preferences";

const THEME_LABELS: Record<Theme, string> = { light: "Light", dark: "Dark", system: "System (follow the device)" };
const LANG_LABELS: Record<Lang, string> = { en: "English", fr: "Français" };

// The <html> tag as the server sent it, read once per page load (before any Save changes it).
let firstTag: string | null = null;
const readFirstTag = () => (firstTag ??= renderedHtmlTag());
const noop = () => () => undefined;
const readCurrent = () => {
  const root = document.documentElement;
  return `${(THEMES as readonly string[]).includes(root.dataset.theme ?? "") ? root.dataset.theme : "system"}|${root.lang === "fr" ? "fr" : "en"}`;
};

function Choice<T extends string>({ legend, name, options, labels, value, onChange }: { legend: string; name: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (v: T) => void }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o} className="flex items-center gap-2 text-sm" lang={o === "fr" ? "fr" : undefined}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} className="accent-cookie-700" />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

export function PreferencesDemo() {
  const id = useId();
  const { steps, call, busy, announcement } = useExchanges();
  const served = useSyncExternalStore(noop, readFirstTag, () => null);
  // The page's current preferences start the form; the learner's picks override them.
  const current = useSyncExternalStore(noop, readCurrent, () => "system|en");
  const [picked, setPicked] = useState<{ theme?: Theme; lang?: Lang }>({});
  const [currentTheme, currentLang] = current.split("|") as [Theme, Lang];
  const theme = picked.theme ?? currentTheme;
  const lang = picked.lang ?? currentLang;
  const setTheme = (t: Theme) => setPicked((p) => ({ ...p, theme: t }));
  const setLang = (l: Lang) => setPicked((p) => ({ ...p, lang: l }));
  const [shown, setShown] = useState<Lang | null>(null);

  const save = async () => {
    const step = await call("Save preferences", "POST", "/api/preferences", { theme, lang });
    if (step.status === 200) {
      applyPreferences({ theme, lang });
      setShown(lang);
    }
  };
  const clear = async () => {
    const step = await call("Clear preferences", "DELETE", "/api/preferences");
    if (step.status === 200) {
      applyPreferences({ theme: "system", lang: "en" });
      setPicked({ theme: "system", lang: "en" });
      setShown("en");
    }
  };
  const greetingLang = shown ?? (served?.includes('lang="fr"') ? "fr" : "en");

  return (
    <div className="space-y-6">
      <form
        className="grid gap-4 rounded-xl border border-stone-200 p-4 sm:grid-cols-2 dark:border-stone-700"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="text-2xl font-semibold sm:col-span-2" lang={greetingLang} data-testid="greeting">
          {UI_TEXT[greetingLang].greeting}
        </p>
        <Choice legend="Theme" name={`${id}-theme`} options={THEMES} labels={THEME_LABELS} value={theme} onChange={setTheme} />
        <Choice legend="Language" name={`${id}-lang`} options={LANGS} labels={LANG_LABELS} value={lang} onChange={setLang} />
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" variant="primary" disabled={busy}>
            Save
          </Button>
          <Button disabled={busy} onClick={() => window.location.reload()}>
            Reload the page
          </Button>
          <Button variant="danger" disabled={busy} onClick={() => void clear()}>
            Clear preferences
          </Button>
        </div>
        <p className="text-sm sm:col-span-2">
          This page arrived from the server as <code className="font-mono break-all" data-testid="served-html">{served ?? "…"}</code>
        </p>
      </form>
      <Inspector steps={steps} announcement={announcement} />
    </div>
  );
}
