import { describe, expect, it } from "vitest";
import type { RunningEngine } from "../cookie/running-engine";
import { agreementSummary, allowedOverwrite, droppedCookie, engineSubject, ignoredOverwrite, predictionsNote } from "./engine-sentences";

const firefox: RunningEngine = { engine: "firefox", browser: "firefox", name: "Firefox 153" };
const chromium: RunningEngine = { engine: "chromium", browser: "chromium", name: "Chromium 156" };
const safari: RunningEngine = { engine: "other", browser: "chromium", name: "Safari 18" };
const unknown: RunningEngine = { engine: "other", browser: "chromium", name: "this browser" };

describe("engine sentences", () => {
  it("should name the engine the page runs in, and say 'the browser' only before it is known", () => {
    expect(engineSubject(firefox)).toBe("Firefox 153");
    expect(engineSubject(unknown)).toBe("This browser");
    expect(engineSubject(unknown, false)).toBe("this browser");
    expect(engineSubject(null)).toBe("The browser");
    expect(engineSubject(null, false)).toBe("the browser");
  });

  it("should sum the attributes checks up with the engine's name", () => {
    expect(agreementSummary(firefox, 0, 3)).toBe("Firefox 153 and the explainer agree on every check (3).");
    expect(agreementSummary(chromium, 2, 3)).toBe(
      "Chromium 156 and the explainer disagree on 2 of 3 checks: the explainer has a bug, or Chromium 156 changed.",
    );
  });

  it("should say plainly in other browsers that the predictions are Chromium's", () => {
    expect(predictionsNote(firefox)).toBe("");
    expect(predictionsNote(null)).toBe("");
    expect(agreementSummary(safari, 0, 3)).toBe(
      "Safari 18 and the explainer agree on every check (3). The explainer does not model Safari 18: its predictions are Chromium's.",
    );
    expect(agreementSummary(safari, 1, 3)).toBe(
      "Safari 18 and the explainer disagree on 1 of 3 checks: the predictions are Chromium's, and Safari 18 may simply differ from Chromium.",
    );
    expect(agreementSummary(unknown, 1, 3)).toBe(
      "This browser and the explainer disagree on 1 of 3 checks: the predictions are Chromium's, and this browser may simply differ from Chromium.",
    );
  });

  it("should say which engine dropped a cookie or ignored an overwrite", () => {
    expect(droppedCookie(firefox)).toBe("Firefox 153 dropped the cookie.");
    expect(droppedCookie(null)).toBe("The browser dropped the cookie.");
    expect(ignoredOverwrite(chromium)).toBe("Chromium 156 ignored the overwrite: JavaScript may not replace an HttpOnly cookie.");
    expect(allowedOverwrite(safari)).toBe("Safari 18 let the page replace the ID");
  });
});
