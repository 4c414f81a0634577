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
