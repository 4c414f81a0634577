import { describe, expect, it } from "vitest";
import { currentFor, visiblePath } from "./current-page";

describe("the nav's current page", () => {
  it.each([
    ["/", "/", "page"],
    ["/", "/learn", undefined],
    ["/learn", "/learn", "page"],
    ["/learn", "/learn/why-cookies", "true"],
    ["/demos", "/dark-fr/demos/login", "true"],
    ["/tools/explain", "/light-en/tools/explain", "page"],
    ["/", "/system-en", "page"],
    ["/learn", "/learnings", undefined],
  ] as const)("should mark %s on %s as %s", (href, pathname, current) => {
    expect(currentFor(href, pathname)).toBe(current);
  });

  it("should leave a path whose first segment is not a prefs segment alone", () => {
    expect(visiblePath("/demos/login")).toBe("/demos/login");
    expect(visiblePath("/dark-en/demos")).toBe("/demos");
  });
});
