/**
 * Whose cookie rules the explainer follows. "chromium" is what learners most often test in;
 * "firefox" is the Firefox this project checks against (Debian's firefox-esr); "spec" is RFC 6265bis
 * alone, without any browser's additions (no CHIPS, no layered-cookie prefixes, no third-party policy).
 *
 * Each engine-dependent rule names the engine and version in its sentence, so a learner knows whose
 * behaviour a verdict describes. Observed against Firefox 153.8.0esr and Chromium 156 (December 2026).
 */
export const BROWSERS = ["chromium", "firefox", "spec"] as const;
export type Browser = (typeof BROWSERS)[number];

/** The Firefox whose behaviour "firefox" predicts. */
export const FIREFOX_MODELLED = "Firefox 153 ESR";
export const FIREFOX_VERSION = 153;
/** What "spec" follows: the storage model and retrieval algorithm of the draft, nothing else. */
export const SPEC_MODELLED = "RFC 6265bis";

/** The first Firefox release with each feature (Bugzilla and MDN browser-compat-data). */
export const FIREFOX_SINCE = {
  /** __Http- (bug 1974979). */
  httpPrefix: 142,
  /** __Host-Http- (named __HostHttp- in 142; renamed in 143, bug 1982555). */
  hostHttpPrefix: 143,
} as const;

/** Whether the modelled Firefox has a feature added in `since`. */
export function firefoxHas(since: number): boolean {
  return FIREFOX_VERSION >= since;
}

/** The engine as a learner reads it in a sentence. */
export function engineName(browser: Browser): string {
  return browser === "chromium" ? "Chromium" : browser === "firefox" ? FIREFOX_MODELLED : SPEC_MODELLED;
}

/** The label of each choice in the explainer's browser picker. */
export const BROWSER_LABELS: Record<Browser, string> = {
  chromium: "Chromium (Chrome, Edge)",
  firefox: FIREFOX_MODELLED,
  spec: "RFC 6265bis only",
};

/**
 * Where an engine reads a Set-Cookie line differently from RFC 6265bis, by name: the explainer
 * applies each to the engines listed (lib/cookie/parse.ts, storage-model.ts), and the http-state
 * corpus run in the real engines (e2e/http-state-run.ts) must attribute every case where an engine's
 * Cookie header differs from RFC 6265bis's to one of them. `matches` tells whether a line is one the
 * quirk is about (its name-value pair, up to the first ";"). Measured in Chromium 156 and Firefox
 * 153.8 ESR against the corpus (December 2026).
 */
export const ENGINE_QUIRKS = {
  /** "foo" alone: RFC 6265 (2011)'s reading, a name with an empty value, sent back as "foo=". */
  nameOnlyPair: {
    engines: ["firefox"],
    says: 'a pair without "=" is a name with an empty value, not a nameless cookie',
    matches: (line: string) => !pairOf(line).includes("=") && pairOf(line).trim() !== "",
  },
  /** "=foo": Firefox refuses every empty name (RFC 6265bis keeps it as a nameless cookie). */
  namelessRefused: {
    engines: ["firefox"],
    says: "a cookie with an empty name is refused",
    matches: (line: string) => pairOf(line).includes("=") && pairOf(line).split("=")[0]!.trim() === "",
  },
  /** "=a=bar" would go back as "a=bar", a cookie named "a": both engines refuse it. */
  namelessValueWithEquals: {
    engines: ["chromium", "firefox"],
    says: 'a nameless cookie whose value holds "=" is refused (it would be read back as another name)',
    matches: (line: string) => {
      const pair = pairOf(line);
      const equals = pair.indexOf("=");
      return equals !== -1 && pair.slice(0, equals).trim() === "" && pair.slice(equals + 1).includes("=");
    },
  },
} satisfies Record<string, { engines: readonly Browser[]; says: string; matches: (line: string) => boolean }>;
export type EngineQuirk = keyof typeof ENGINE_QUIRKS;

function pairOf(line: string): string {
  const semicolon = line.indexOf(";");
  return semicolon === -1 ? line : line.slice(0, semicolon);
}

/** Whether `browser` has the quirk. */
export function hasQuirk(browser: Browser, quirk: EngineQuirk): boolean {
  return (ENGINE_QUIRKS[quirk].engines as readonly Browser[]).includes(browser);
}

/** The quirks of `browser` that concern one of `lines`. */
export function quirksOf(browser: Browser, lines: readonly string[]): EngineQuirk[] {
  return (Object.keys(ENGINE_QUIRKS) as EngineQuirk[]).filter((q) => hasQuirk(browser, q) && lines.some((l) => ENGINE_QUIRKS[q].matches(l)));
}
