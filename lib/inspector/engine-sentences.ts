/**
 * The demos' sentences about what the browser did, each naming the engine the page runs in
 * (lib/cookie/running-engine.ts). null: not known yet (the server's HTML, before hydration).
 */
import type { RunningEngine } from "../cookie/running-engine";

/** "Firefox 153", or "The browser" / "the browser" while the engine is unknown. */
export function engineSubject(engine: RunningEngine | null, capital = true): string {
  return engine?.name && engine.name !== "this browser"
    ? engine.name
    : capital
      ? engine
        ? "This browser"
        : "The browser"
      : engine
        ? "this browser"
        : "the browser";
}

/** Where the explainer's predictions come from, when it does not model the engine the page runs in. */
export function predictionsNote(engine: RunningEngine | null): string {
  if (!engine || engine.engine !== "other") return "";
  return ` The explainer does not model ${engineSubject(engine, false)}: its predictions are Chromium's.`;
}

/** The attributes playground's summary of its checks. */
export function agreementSummary(engine: RunningEngine | null, disagreements: number, checks: number): string {
  const who = engineSubject(engine);
  if (disagreements === 0) return `${who} and the explainer agree on every check (${checks}).${predictionsNote(engine)}`;
  const reason =
    engine?.engine === "other"
      ? `the predictions are Chromium's, and ${engineSubject(engine, false)} may simply differ from Chromium.`
      : `the explainer has a bug, or ${engineSubject(engine, false)} changed.`;
  return `${who} and the explainer disagree on ${disagreements} of ${checks} checks: ${reason}`;
}

/** The size-limit demo, when the read after the set lacks the cookie. */
export function droppedCookie(engine: RunningEngine | null): string {
  return `${engineSubject(engine)} dropped the cookie.`;
}

/** The cart demo, when a script's overwrite of the HttpOnly session ID had no effect. */
export function ignoredOverwrite(engine: RunningEngine | null): string {
  return `${engineSubject(engine)} ignored the overwrite: JavaScript may not replace an HttpOnly cookie.`;
}

/** The cart demo, when the script did replace the ID. */
export function allowedOverwrite(engine: RunningEngine | null): string {
  return `${engineSubject(engine)} let the page replace the ID`;
}
