"use client"; // a form that saves the cookies and mirrors the choice on the live page

import { useId, useState, useSyncExternalStore } from "react";
import { Inspector } from "@/components/inspector/inspector";
import { useExchanges } from "@/components/inspector/use-exchanges";
import { ActionStatus } from "@/components/inspector/action-status";
import { Button } from "@/components/ui/button";
import { useLang } from "@/components/site/lang-context";
import { useUiText } from "@/components/site/use-ui-text";
import { changedRadio } from "@/components/ui/use-field-state";
import { LANGS, THEMES, type Lang, type Theme } from "@/lib/preferences/preferences";
import { UI_TEXT } from "@/lib/preferences/ui-text";
import { applyPreferences, renderedHtmlTag } from "@/components/site/apply-preferences";

// Each language by its own name, in its own language, whatever the page's.
const LANG_LABELS: Record<Lang, string> = { en: "English", fr: "Français" };

// The <html> tag as the server sent it, read once per page load (before any Save changes it).
let firstTag: string | null = null;
const readFirstTag = () => (firstTag ??= renderedHtmlTag());
const noop = () => () => undefined;
const readCurrent = () => {
  const root = document.documentElement;
  return `${(THEMES as readonly string[]).includes(root.dataset.theme ?? "") ? root.dataset.theme : "system"}|${root.lang === "fr" ? "fr" : "en"}`;
};

function Choice<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (v: T) => void;
}) {
  const pageLang = useLang();
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o} className="flex items-center gap-2 text-sm" lang={(LANGS as readonly string[]).includes(o) && o !== pageLang ? o : undefined}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} className="accent-cookie-700" />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

export function PreferencesDemo() {
  const id = useId();
  const exchanges = useExchanges();
  const { steps, call, busy, announcement } = exchanges;
  const served = useSyncExternalStore(noop, readFirstTag, () => null);
  // The page's current preferences start the form; the learner's picks override them, those made
  // before the scripts ran included (the server HTML checks "system" and "en" as stand-ins).
  const current = useSyncExternalStore(noop, readCurrent, () => "system|en");
  const [picked, setPicked] = useState<{ theme?: Theme; lang?: Lang }>(() => ({
    theme: changedRadio(`${id}-theme`, THEMES),
    lang: changedRadio(`${id}-lang`, LANGS),
  }));
  const [currentTheme, currentLang] = current.split("|") as [Theme, Lang];
  const theme = picked.theme ?? currentTheme;
  const lang = picked.lang ?? currentLang;
  const setTheme = (t: Theme) => setPicked((p) => ({ ...p, theme: t }));
  const setLang = (l: Lang) => setPicked((p) => ({ ...p, lang: l }));
  const [shown, setShown] = useState<Lang | null>(null);
  // The theme and language controls speak the page's language, like the rest of the chrome.
  const text = useUiText().preferences;
  const pageLang = useLang();

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
        lang={pageLang}
        className="grid gap-4 rounded-xl border border-stone-200 p-4 @xl:grid-cols-2 dark:border-stone-700"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="text-2xl font-semibold @xl:col-span-2" lang={greetingLang} data-testid="greeting">
          {UI_TEXT[greetingLang].greeting}
        </p>
        <Choice legend={text.theme} name={`${id}-theme`} options={THEMES} labels={text.themes} value={theme} onChange={setTheme} />
        <Choice legend={text.language} name={`${id}-lang`} options={LANGS} labels={LANG_LABELS} value={lang} onChange={setLang} />
        <div className="flex flex-wrap gap-2 @xl:col-span-2">
          <Button type="submit" variant="primary" disabled={busy}>
            {text.save}
          </Button>
          <Button disabled={busy} onClick={() => window.location.reload()}>
            {text.reload}
          </Button>
          <Button variant="danger" disabled={busy} onClick={() => void clear()}>
            {text.clear}
          </Button>
        </div>
        <div className="@xl:col-span-2">
          <ActionStatus exchanges={exchanges} />
        </div>
        <p className="text-sm @xl:col-span-2">
          {text.servedAs}{" "}
          <code className="font-mono break-all" data-testid="served-html">
            {served ?? "…"}
          </code>
        </p>
      </form>
      <Inspector steps={steps} announcement={announcement} anchor={exchanges.anchor} />
    </div>
  );
}
