import { describe, expect, it } from "vitest";
import { crossSiteFrameContext, describeEngine, engineOfUserAgent } from "./running-engine";

// Real user agents (the e2e browsers' own, and the common desktop and iOS ones).
const UA = {
  firefoxEsr: "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0",
  chrome: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
  headlessShell: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.7000.0 Safari/537.36",
  edge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0",
  safari: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15",
  chromeIos: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0.7339.101 Mobile/15E148 Safari/604.1",
  firefoxIos: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/140.0 Mobile/15E148 Safari/605.1.15",
  firefoxAndroid: "Mozilla/5.0 (Android 15; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0",
};

describe("engineOfUserAgent", () => {
  it("should find Firefox, on the desktop and on Android", () => {
    expect(engineOfUserAgent(UA.firefoxEsr)).toBe("firefox");
    expect(engineOfUserAgent(UA.firefoxAndroid)).toBe("firefox");
  });

  it("should find Chromium in Chrome, its headless shell and Edge", () => {
    expect(engineOfUserAgent(UA.chrome)).toBe("chromium");
    expect(engineOfUserAgent(UA.headlessShell)).toBe("chromium");
    expect(engineOfUserAgent(UA.edge)).toBe("chromium");
  });

  it("should call Safari, every iOS browser (WebKit, whatever its name) and unknown agents other", () => {
    expect(engineOfUserAgent(UA.safari)).toBe("other");
    expect(engineOfUserAgent(UA.chromeIos)).toBe("other");
    expect(engineOfUserAgent(UA.firefoxIos)).toBe("other");
    expect(engineOfUserAgent("")).toBe("other");
    expect(engineOfUserAgent("curl/8.5.0")).toBe("other");
  });
});

describe("describeEngine", () => {
  it("should name the engine with its major version and pick the explainer's model of it", () => {
    expect(describeEngine(UA.firefoxEsr)).toEqual({ engine: "firefox", browser: "firefox", name: "Firefox 153" });
    expect(describeEngine(UA.headlessShell)).toEqual({ engine: "chromium", browser: "chromium", name: "Chromium 156" });
    expect(describeEngine(UA.edge)).toEqual({ engine: "chromium", browser: "chromium", name: "Chromium 140" });
  });

  it("should predict Chromium's behaviour elsewhere, naming Safari when it is Safari", () => {
    expect(describeEngine(UA.safari)).toEqual({ engine: "other", browser: "chromium", name: "Safari 18" });
    expect(describeEngine(UA.chromeIos)).toEqual({ engine: "other", browser: "chromium", name: "this browser" });
    expect(describeEngine("")).toEqual({ engine: "other", browser: "chromium", name: "this browser" });
  });
});

describe("crossSiteFrameContext", () => {
  it("should read Firefox's missing storage access as Total Cookie Protection, its default, not as blocking", () => {
    expect(crossSiteFrameContext(describeEngine(UA.firefoxEsr), "blocked")).toEqual({
      site: "cross-site",
      frame: "iframe",
      thirdPartyCookies: "allowed",
      browser: "firefox",
    });
  });

  it("should keep what the frame saw for Chromium, other browsers and an engine not known yet", () => {
    expect(crossSiteFrameContext(describeEngine(UA.chrome), "blocked")).toEqual({
      site: "cross-site",
      frame: "iframe",
      thirdPartyCookies: "blocked",
      browser: "chromium",
    });
    expect(crossSiteFrameContext(describeEngine(UA.safari), "blocked")).toMatchObject({ thirdPartyCookies: "blocked", browser: "chromium" });
    expect(crossSiteFrameContext(null, "allowed")).toMatchObject({ thirdPartyCookies: "allowed", browser: "chromium" });
  });
});
