import { liveChecked, liveChoice, liveRadio, liveValue } from "@/components/ui/use-field-state";
import { DEFAULT_EMBED_OPTIONS, EMBED_THEMES, INSPECTOR_COLUMNS, type EmbedOptions } from "@/lib/embed/options";
import { LANGS } from "@/lib/preferences/preferences";
import type { BuilderDemo } from "./embed-options-form";

/** The ids the builder's fields carry, so its first render can read them (use-field-state.ts). */
export const builderFieldIds = (id: string) => ({
  demo: `${id}-demo`,
  mechanism: `${id}-mechanism`,
  name: `${id}-name`,
  value: `${id}-value`,
  column: (c: string) => `${id}-col-${c}`,
  compact: `${id}-compact`,
  theme: `${id}-theme`,
  lang: `${id}-lang`,
  withScript: `${id}-with-script`,
});

const LANG_VALUES = ["", ...LANGS] as const;

export interface BuilderState {
  demoId: string;
  options: EmbedOptions;
  withScript: boolean;
}

/** What the builder starts on: the first demo, every default, and the resize script. */
export const initialBuilderState = (demos: BuilderDemo[]): BuilderState => ({ demoId: demos[0]!.id, options: DEFAULT_EMBED_OPTIONS, withScript: true });

/** The options once another demo is picked: the last demo's mechanism and initial values do not apply to it. */
export const optionsForAnotherDemo = (options: EmbedOptions): EmbedOptions => ({ ...options, mechanism: undefined, name: undefined, value: undefined });

/**
 * The builder's state as the instructor left the server-rendered form before the scripts ran, or
 * the defaults. A demo changed meanwhile drops the first demo's mechanism and initial values, as
 * picking a demo does once the page runs.
 */
export function liveBuilderState(id: string, demos: BuilderDemo[]): BuilderState {
  const f = builderFieldIds(id);
  const first = demos[0]!;
  const demo = demos.find((d) => d.id === liveValue(f.demo)) ?? first;
  const cols = INSPECTOR_COLUMNS.filter((c) => liveChecked(f.column(c)) ?? true);
  const options: EmbedOptions = {
    mechanism: liveChoice(f.mechanism, first.embed?.mechanisms ?? []),
    name: liveValue(f.name) || undefined,
    value: liveValue(f.value) || undefined,
    cols: cols.length > 0 ? cols : DEFAULT_EMBED_OPTIONS.cols,
    compact: liveChecked(f.compact) ?? DEFAULT_EMBED_OPTIONS.compact,
    theme: liveRadio(f.theme, EMBED_THEMES) ?? DEFAULT_EMBED_OPTIONS.theme,
    lang: liveRadio(f.lang, LANG_VALUES) || undefined,
  };
  return { demoId: demo.id, options: demo === first ? options : optionsForAnotherDemo(options), withScript: liveChecked(f.withScript) ?? true };
}
