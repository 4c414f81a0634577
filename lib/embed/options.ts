import { cookieNameProblem, cookieValueProblem } from "../validations/cookie-fields";
import { LANGS, type Lang, type Preferences } from "../preferences/preferences";
import type { Mechanism } from "../mechanisms";

/**
 * The options an instructor puts in the query string of /embed/<id>. Every one is validated
 * here and an unknown or malformed value is dropped (the default is used), so nothing from the
 * URL reaches the page except values from these lists or cookie-grammar tokens rendered as text.
 */

/** The inspector's four columns, as named in `cols=`. */
export const INSPECTOR_COLUMNS = ["response", "request", "js", "server"] as const;
export type InspectorColumn = (typeof INSPECTOR_COLUMNS)[number];

/** `auto` follows the visitor's device (prefers-color-scheme); proxy.ts reads it for /embed/*. */
export const EMBED_THEMES = ["light", "dark", "auto"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** What a demo lets an embed choose (DemoMeta.embed). */
export interface EmbedCapabilities {
  /** The mechanisms the embed may start on; absent or fewer than two: no `mechanism=` option. */
  mechanisms?: readonly Mechanism[];
  /** Whether `name=` and `value=` pre-fill the demo's form. */
  initialValues?: boolean;
}

export interface EmbedOptions {
  mechanism?: Mechanism;
  name?: string;
  value?: string;
  /** @default every column, in the inspector's order */
  cols: InspectorColumn[];
  /** @default false */
  compact: boolean;
  /** @default "auto" */
  theme: EmbedTheme;
  /** The language of the embed's frame (its link, banner and notes; the demo stays English). @default the lab's lang cookie, else English */
  lang?: Lang;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { cols: [...INSPECTOR_COLUMNS], compact: false, theme: "auto" };

/** Long enough for any teaching example, short enough to keep a URL and a form sane. */
export const MAX_INITIAL_LENGTH = 64;

/**
 * Why the embed would ignore this initial name or value (a sentence for the instructors' builder),
 * or null if it takes it: the rules POST /api/cookies applies (lib/validations/cookie-fields.ts),
 * at most 64 characters, and a value without the quoted form, so it reads as typed. Checked by hand
 * rather than with zod: this runs in every demo page (the inspector reads the defaults).
 */
export function initialValueProblem(field: "name" | "value", raw: string): string | null {
  if (raw.length > MAX_INITIAL_LENGTH) return `An initial ${field} may be at most ${MAX_INITIAL_LENGTH} characters.`;
  if (field === "value" && raw.includes('"')) return "An initial value cannot hold double quotes: leave them out.";
  return field === "name" ? cookieNameProblem(raw) : cookieValueProblem(raw);
}

const initialOption = (field: "name" | "value", raw: string | null): string | undefined =>
  raw !== null && raw.length >= 1 && initialValueProblem(field, raw) === null ? raw : undefined;
const TRUE = new Set(["1", "true", "on", "yes"]);

function parseCols(raw: string | null): InspectorColumn[] {
  if (raw === null) return [...INSPECTOR_COLUMNS];
  const asked = new Set(raw.split(",").map((c) => c.trim().toLowerCase()));
  const cols = INSPECTOR_COLUMNS.filter((c) => asked.has(c));
  return cols.length > 0 ? cols : [...INSPECTOR_COLUMNS];
}

/** The embed options in a query string, for the demo's capabilities; bad values fall back to the defaults. */
export function parseEmbedOptions(params: URLSearchParams, caps: EmbedCapabilities = {}): EmbedOptions {
  const options: EmbedOptions = {
    cols: parseCols(params.get("cols")),
    compact: TRUE.has((params.get("compact") ?? "").toLowerCase()),
    theme: parseEmbedTheme(params.get("theme")) ?? "auto",
  };
  const lang = parseEmbedLang(params.get("lang"));
  if (lang) options.lang = lang;
  const mechanism = params.get("mechanism");
  if (caps.mechanisms && caps.mechanisms.length > 1 && caps.mechanisms.some((m) => m === mechanism)) options.mechanism = mechanism as Mechanism;
  if (caps.initialValues) {
    const name = initialOption("name", params.get("name"));
    const value = initialOption("value", params.get("value"));
    if (name) options.name = name;
    if (value) options.value = value;
  }
  return options;
}

export function parseEmbedTheme(raw: string | null | undefined): EmbedTheme | null {
  const theme = raw?.toLowerCase();
  return EMBED_THEMES.find((t) => t === theme) ?? null;
}

/** The site theme an embed's `?theme=` asks for (auto: the device's, which the "system" variant follows), or null to keep the cookie's. */
export function embedThemePreference(raw: string | null): "light" | "dark" | "system" | null {
  const theme = parseEmbedTheme(raw);
  return theme === "auto" ? "system" : theme;
}

/** `?lang=`: one of the site's languages (lib/preferences), in any case, or null to keep the cookie's. */
export function parseEmbedLang(raw: string | null | undefined): Lang | null {
  const lang = raw?.toLowerCase();
  return LANGS.find((l) => l === lang) ?? null;
}

/**
 * The page variant an embed is served in (proxy.ts): `?theme=` and `?lang=` first, as the
 * instructor picked them for the host page (our cookies may not even reach a cross-site iframe),
 * then the cookies. An unknown value is ignored, as if absent.
 */
export function embedPreferences(fromCookies: Preferences, params: URLSearchParams): Preferences {
  return {
    theme: embedThemePreference(params.get("theme")) ?? fromCookies.theme,
    lang: parseEmbedLang(params.get("lang")) ?? fromCookies.lang,
  };
}

/** The query string for these options, leaving out every default, so the shortest URL is the default one. */
export function embedQuery(options: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  if (options.mechanism) params.set("mechanism", options.mechanism);
  // One the embed would ignore is left out: a link must not promise what the demo will not show.
  if (options.name && !initialValueProblem("name", options.name)) params.set("name", options.name);
  if (options.value && !initialValueProblem("value", options.value)) params.set("value", options.value);
  const cols = INSPECTOR_COLUMNS.filter((c) => options.cols?.includes(c));
  if (cols.length > 0 && cols.length < INSPECTOR_COLUMNS.length) params.set("cols", cols.join(","));
  if (options.compact) params.set("compact", "1");
  if (options.theme && options.theme !== "auto") params.set("theme", options.theme);
  if (options.lang) params.set("lang", options.lang);
  const query = params.toString();
  return query ? `?${query}` : "";
}
