/**
 * Which engine the page runs in, from its user agent, and what the explainer should predict for it.
 * The explainer models Chromium and Firefox; in any other browser (Safari, and every browser on iOS,
 * which all run WebKit) its predictions are Chromium's, and the pages say so.
 */
import type { RequestContext } from "./context";
import type { Browser } from "./engines";

export type PageEngine = "chromium" | "firefox" | "other";

export interface RunningEngine {
  engine: PageEngine;
  /** Whose behaviour the explainer predicts here. */
  browser: Browser;
  /** The browser as a sentence names it: "Firefox 153", "Chromium 156", "Safari 18", "this browser". */
  name: string;
}

// On iOS every browser is WebKit, whatever its name says (CriOS: Chrome, FxiOS: Firefox, EdgiOS: Edge).
const IOS_SHELL = /\b(?:CriOS|FxiOS|EdgiOS|OPiOS)\//;

/** "chromium" for Chrome, Edge, Opera, Brave and Chromium itself; "firefox"; "other" for the rest. */
export function engineOfUserAgent(userAgent: string): PageEngine {
  if (IOS_SHELL.test(userAgent)) return "other";
  if (/\bFirefox\/\d/.test(userAgent) && !/\bSeamonkey\//i.test(userAgent)) return "firefox";
  if (/\b(?:HeadlessChrome|Chrome|Chromium)\/\d/.test(userAgent)) return "chromium";
  return "other";
}

const major = (userAgent: string, pattern: RegExp): string => {
  const version = pattern.exec(userAgent)?.[1];
  return version ? ` ${version}` : "";
};

/** The engine, the explainer's model for it, and its name with the major version when the user agent gives it. */
export function describeEngine(userAgent: string): RunningEngine {
  const engine = engineOfUserAgent(userAgent);
  if (engine === "firefox") return { engine, browser: "firefox", name: `Firefox${major(userAgent, /\bFirefox\/(\d+)/)}` };
  if (engine === "chromium") return { engine, browser: "chromium", name: `Chromium${major(userAgent, /\b(?:HeadlessChrome|Chrome|Chromium)\/(\d+)/)}` };
  const safari = /\bSafari\//.test(userAgent) && /\bVersion\/(\d+)/.test(userAgent) && !IOS_SHELL.test(userAgent);
  return { engine, browser: "chromium", name: safari ? `Safari${major(userAgent, /\bVersion\/(\d+)/)}` : "this browser" };
}

/**
 * The explainer's context for a frame on another site. `thirdPartyCookies` is what the frame saw
 * (document.hasStorageAccess()); in Firefox "no unpartitioned cookies" is its default, Total Cookie
 * Protection, which keeps them in a jar per top-level site: the explainer's "allowed" for Firefox.
 */
export function crossSiteFrameContext(engine: RunningEngine | null, thirdPartyCookies: "blocked" | "allowed"): RequestContext {
  const browser = engine?.browser ?? "chromium";
  return { site: "cross-site", frame: "iframe", thirdPartyCookies: browser === "firefox" ? "allowed" : thirdPartyCookies, browser };
}
