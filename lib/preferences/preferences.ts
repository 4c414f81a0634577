/** The two preference cookies this site honours on the server's first render (proxy.ts, app/[prefs]/layout.tsx). */
export const THEMES = ["light", "dark", "system"] as const;
export const LANGS = ["en", "fr"] as const;
export type Theme = (typeof THEMES)[number];
export type Lang = (typeof LANGS)[number];

export interface Preferences {
  theme: Theme;
  lang: Lang;
}

/** The cookies that carry them, named after their keys. */
export const PREFERENCE_COOKIES = ["theme", "lang"] as const satisfies readonly (keyof Preferences)[];

export const DEFAULT_PREFERENCES: Preferences = { theme: "system", lang: "en" };

/**
 * The preferences from the request's cookies. A cookie is the browser's to edit, so anything
 * that is not one of the known values is ignored and the default used, never rendered.
 */
export function readPreferences(cookie: (name: string) => string | undefined): Preferences {
  const theme = THEMES.find((t) => t === cookie("theme"));
  const lang = LANGS.find((l) => l === cookie("lang"));
  return { theme: theme ?? DEFAULT_PREFERENCES.theme, lang: lang ?? DEFAULT_PREFERENCES.lang };
}

/**
 * The URL segment a page is prerendered under for these preferences, e.g. "dark-fr". proxy.ts
 * rewrites every page request to the segment its cookies ask for, so each page is static HTML in
 * six variants and the server's first response already carries the right theme and language.
 */
export function prefsSegment(p: Preferences): string {
  return `${p.theme}-${p.lang}`;
}

export const PREFS_SEGMENTS: string[] = THEMES.flatMap((theme) => LANGS.map((lang) => prefsSegment({ theme, lang })));

/** The language a page's [prefs] segment stands for (English for a segment that is not ours). */
export function langOfSegment(segment: string): Lang {
  return parsePrefsSegment(segment)?.lang ?? DEFAULT_PREFERENCES.lang;
}

/** The preferences a segment stands for; anything else is not a page of this site. */
export function parsePrefsSegment(segment: string): Preferences | null {
  const [theme, lang, ...rest] = segment.split("-");
  const known = (THEMES as readonly string[]).includes(theme ?? "") && (LANGS as readonly string[]).includes(lang ?? "") && rest.length === 0;
  return known ? { theme: theme as Theme, lang: lang as Lang } : null;
}

/**
 * The <html> attributes for these preferences. An explicit theme sets class and data-theme (the
 * CSS's dark variant keys on the class); "system" sets neither, so prefers-color-scheme decides.
 */
export function htmlAttributes(p: Preferences): { lang: Lang; className?: string; "data-theme"?: "light" | "dark" } {
  return p.theme === "system" ? { lang: p.lang } : { lang: p.lang, className: p.theme, "data-theme": p.theme };
}
