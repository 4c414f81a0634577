import type { EmbedOptions, EmbedCapabilities, InspectorColumn } from "@/lib/embed/options";
import { EMBED_THEMES, initialValueProblem, INSPECTOR_COLUMNS } from "@/lib/embed/options";
import { LANGS, type Lang } from "@/lib/preferences/preferences";
import { builderFieldIds } from "./live-builder-state";

export interface BuilderDemo {
  id: string;
  title: string;
  embed?: EmbedCapabilities;
}

const COLUMN_LABELS: Record<InspectorColumn, string> = {
  response: "1. Response: Set-Cookie",
  request: "2. Request: Cookie",
  js: "3. JavaScript: document.cookie",
  server: "4. Server: what it keeps",
};
const THEME_LABELS = { light: "Light", dark: "Dark", auto: "Auto (the visitor's device)" } as const;
// Each language by its own name; "" leaves ?lang= out (the visitor's lang cookie, else English).
const LANG_CHOICES: { value: Lang | ""; label: string; lang?: Lang }[] = [
  { value: "", label: "The visitor's (English unless they chose French on this lab)" },
  ...LANGS.map((l) => ({ value: l, label: l === "fr" ? "Français" : "English", lang: l })),
];
const MECHANISM_LABELS = { cookie: "Raw cookie", sealed: "Sealed cookie", jwt: "JWT", server: "Server session" } as const;
const CONTROL = "w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-600 dark:bg-stone-900";

/** The embed's options as a form; what a demo does not take is not offered. */
export function EmbedOptionsForm({
  id,
  demos,
  demo,
  options,
  onDemo,
  onOptions,
}: {
  id: string;
  demos: BuilderDemo[];
  demo: BuilderDemo;
  options: EmbedOptions;
  onDemo: (id: string) => void;
  onOptions: (patch: Partial<EmbedOptions>) => void;
}) {
  const mechanisms = demo.embed?.mechanisms ?? [];
  const f = builderFieldIds(id);
  const toggleColumn = (c: InspectorColumn, on: boolean) => {
    const cols = INSPECTOR_COLUMNS.filter((x) => (x === c ? on : options.cols.includes(x)));
    if (cols.length > 0) onOptions({ cols });
  };
  return (
    <form aria-labelledby={`${id}-options`} className="min-w-0 space-y-4" onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-options`} className="text-xl font-semibold">
        Choose the demo and its options
      </h2>
      <div className="space-y-1">
        <label htmlFor={f.demo} className="block text-sm font-medium">
          Demo
        </label>
        <select id={f.demo} value={demo.id} onChange={(e) => onDemo(e.target.value)} className={CONTROL}>
          {demos.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      {mechanisms.length > 1 && (
        <div className="space-y-1">
          <label htmlFor={f.mechanism} className="block text-sm font-medium">
            Start on the mechanism
          </label>
          <select
            id={f.mechanism}
            value={options.mechanism ?? ""}
            onChange={(e) => onOptions({ mechanism: mechanisms.find((m) => m === e.target.value) ?? undefined })}
            className={CONTROL}
          >
            <option value="">The demo&apos;s default</option>
            {mechanisms.map((m) => (
              <option key={m} value={m}>
                {MECHANISM_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
      )}
      {demo.embed?.initialValues && (
        <div className="grid gap-4 sm:grid-cols-2">
          {(["name", "value"] as const).map((field) => {
            const problem = options[field] ? initialValueProblem(field, options[field]) : null;
            return (
              <div key={field} className="space-y-1">
                <label htmlFor={f[field]} className="block text-sm font-medium">
                  Initial {field}
                </label>
                <input
                  id={f[field]}
                  aria-describedby={`${id}-values-hint${problem ? ` ${f[field]}-error` : ""}`}
                  aria-invalid={problem ? true : undefined}
                  value={options[field] ?? ""}
                  maxLength={64}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(e) => onOptions({ [field]: e.target.value || undefined })}
                  className={`${CONTROL} font-mono ${problem ? "border-red-700 dark:border-red-400" : ""}`}
                />
                {problem && (
                  <p id={`${f[field]}-error`} data-testid={`initial-${field}-error`} className="text-xs font-medium text-red-800 dark:text-red-300">
                    {problem} The embed would ignore it, so the snippet and the link leave it out.
                  </p>
                )}
              </div>
            );
          })}
          <p id={`${id}-values-hint`} className="text-xs text-stone-600 sm:col-span-2 dark:text-stone-400">
            The rules the demo&apos;s own form applies: a name of letters, digits and ! # $ % &amp; &apos; * + - . ^ _ ` | ~; a value without spaces, double
            quotes, commas, semicolons or backslashes. 64 characters at most.
          </p>
        </div>
      )}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Inspector columns</legend>
        {INSPECTOR_COLUMNS.map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={f.column(c)}
              checked={options.cols.includes(c)}
              onChange={(e) => toggleColumn(c, e.target.checked)}
              className="h-4 w-4 accent-cookie-700"
            />
            {COLUMN_LABELS[c]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          id={f.compact}
          checked={options.compact}
          onChange={(e) => onOptions({ compact: e.target.checked })}
          className="h-4 w-4 accent-cookie-700"
        />
        Compact: smaller margins, no sequence diagram or curl command
      </label>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Theme</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {EMBED_THEMES.map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={f.theme}
                value={t}
                checked={options.theme === t}
                onChange={() => onOptions({ theme: t })}
                className="h-4 w-4 accent-cookie-700"
              />
              {THEME_LABELS[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Language of the frame</legend>
        <p id={`${id}-lang-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          The link back, the third-party cookie banner and the notes; the demo itself stays in English.
        </p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {LANG_CHOICES.map((c) => (
            <label key={c.value || "default"} className="flex items-center gap-2 text-sm" lang={c.lang}>
              <input
                type="radio"
                name={f.lang}
                value={c.value}
                aria-describedby={`${id}-lang-hint`}
                checked={(options.lang ?? "") === c.value}
                onChange={() => onOptions({ lang: c.value || undefined })}
                className="h-4 w-4 accent-cookie-700"
              />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
