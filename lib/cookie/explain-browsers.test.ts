/**
 * The engine-dependent rules, one engine at a time: Chromium (the default), Firefox 153 ESR (what
 * Debian's firefox-esr does; observed December 2026) and RFC 6265bis alone.
 */
import { describe, expect, it } from "vitest";
import type { RequestContext } from "./context";
import { FIREFOX_MODELLED } from "./engines";
import { explain, explainAcross, type ExplainInput } from "./explain";
import { CookieJar } from "./jar";

const now = "2026-01-01T00:00:00Z";
const crossSiteIframe: RequestContext = { site: "cross-site", frame: "iframe" };

function one(browser: "chromium" | "firefox" | "spec", setCookie: string | string[], extra: Partial<ExplainInput> = {}) {
  const result = explain({ now, ...extra, setCookie, context: { ...extra.context, browser } });
  return { cookie: result.cookies.at(-1)!, header: result.cookieHeader };
}

describe("the browser to explain", () => {
  it("should default to Chromium", () => {
    const line = ["a=1; SameSite=None", "=a=bar", "b=2"];
    expect(explain({ setCookie: line, now })).toEqual(explain({ setCookie: line, now, context: { browser: "chromium" } }));
  });

  it("should name the modelled Firefox version", () => {
    expect(FIREFOX_MODELLED).toBe("Firefox 153 ESR");
  });
});

describe("a missing SameSite", () => {
  it("should be treated as Lax by Chromium, with a warning that says so", () => {
    const { cookie } = one("chromium", "sid=1; Secure", { url: "https://widget.example/", context: crossSiteIframe });
    expect(cookie).toMatchObject({ stored: false, reason: { code: "SameSiteUnspecifiedTreatedAsLax" } });
  });

  it("should not be treated as Lax by Firefox 153 ESR, which sets and sends it from a cross-site iframe", () => {
    const { cookie, header } = one("firefox", "sid=1; Secure", { url: "https://widget.example/", context: crossSiteIframe });
    expect(cookie.stored).toBe(true);
    expect(header).toBe("sid=1");
    expect(cookie.warnings.join(" ")).toContain("Firefox 153 ESR does not treat a missing SameSite as Lax");
  });

  it("should be restricted like Lax by RFC 6265bis (§5.7 step 18), which names itself", () => {
    const { cookie } = one("spec", "sid=1; Secure", { url: "https://widget.example/", context: crossSiteIframe });
    expect(cookie).toMatchObject({ stored: false, reason: { code: "SameSiteUnspecifiedTreatedAsLax" } });
    expect(cookie.reason?.message).toContain("RFC 6265bis");
  });

  it("should explain SameSite=bogus per engine", () => {
    const explanation = (b: "chromium" | "firefox" | "spec") => one(b, "a=1; SameSite=bogus").cookie.attributes[0]?.explanation;
    expect(explanation("chromium")).toContain("Chromium then treats the cookie as Lax");
    expect(explanation("firefox")).toContain("Firefox 153 ESR then sends it cross-site like None");
    expect(explanation("spec")).toContain("RFC 6265bis restricts like Lax");
  });
});

describe("a cross-site top-level POST (Lax-allowing-unsafe)", () => {
  const post: RequestContext = { site: "cross-site", frame: "top-level", method: "POST" };
  // A cookie without SameSite, set same-site; then cross-site top-level POSTs at once and 3 minutes later.
  function sentOnPost(browser: "chromium" | "firefox" | "spec"): [boolean, boolean] {
    let clock = Date.parse(now);
    const jar = new CookieJar({ now: () => new Date(clock) });
    expect(jar.setCookie("sid=1", "http://localhost/", { browser }).stored).toBe(true);
    const early = jar.cookieHeader("http://localhost/", { ...post, browser }) !== null;
    clock += 3 * 60_000;
    return [early, jar.cookieHeader("http://localhost/", { ...post, browser }) !== null];
  }

  it("should send it during its first 2 minutes only in Chromium", () => {
    expect(sentOnPost("chromium")).toEqual([true, false]);
  });

  it("should never send it in RFC 6265bis alone, where that window is optional", () => {
    expect(sentOnPost("spec")).toEqual([false, false]);
  });

  it("should always send it in Firefox 153 ESR, which has no Lax by default", () => {
    expect(sentOnPost("firefox")).toEqual([true, true]);
  });

  it("should not send a SameSite=Lax cookie on a cross-site POST in any engine", () => {
    for (const browser of ["chromium", "firefox", "spec"] as const) {
      expect(one(browser, "sid=1; SameSite=Lax", { context: post }).header, browser).toBeNull();
    }
  });
});

describe("SameSite=None without Secure", () => {
  it.each([
    ["chromium", "Chromium refuses that combination"],
    ["firefox", "Firefox 153 ESR (like Chromium) refuses that combination"],
    ["spec", "RFC 6265bis (§5.7 step 19) refuses that combination"],
  ] as const)("should be refused by %s, naming it", (browser, words) => {
    const { cookie } = one(browser, "a=1; SameSite=None");
    expect(cookie).toMatchObject({ stored: false, reason: { code: "SameSiteNoneInsecure" } });
    expect(cookie.reason?.message).toContain(words);
  });
});

describe("third-party cookies in a cross-site iframe", () => {
  const line = "track=1; Secure; SameSite=None";
  const chip = "chip=1; Secure; SameSite=None; Partitioned";
  const inIframe = (browser: "chromium" | "firefox" | "spec", thirdPartyCookies: "allowed" | "blocked", l = line) =>
    one(browser, l, { url: "https://widget.example/", context: { ...crossSiteIframe, thirdPartyCookies } });

  it("should be kept unpartitioned by Chromium by default, and refused when blocked", () => {
    expect(inIframe("chromium", "allowed").cookie).toMatchObject({ stored: true });
    expect(inIframe("chromium", "allowed").cookie.partitionedBy).toBeUndefined();
    expect(inIframe("chromium", "blocked").cookie).toMatchObject({ stored: false, reason: { code: "ThirdPartyPhaseout" } });
  });

  it("should be stored partitioned by Firefox 153 ESR's Total Cookie Protection by default, not refused", () => {
    const { cookie, header } = inIframe("firefox", "allowed");
    expect(cookie).toMatchObject({ stored: true, partitionedBy: "Total Cookie Protection" });
    expect(cookie.steps.join(" ")).toContain("Firefox 153 ESR's Total Cookie Protection");
    expect(cookie.warnings).toEqual([]);
    // Sent back inside the same top-level site, which is the context of the next request here.
    expect(header).toBe("track=1");
  });

  it("should be refused by Firefox 153 ESR when cross-site cookies are blocked, naming its setting", () => {
    const { cookie } = inIframe("firefox", "blocked");
    expect(cookie).toMatchObject({ stored: false, reason: { code: "ThirdPartyPhaseout" } });
    expect(cookie.reason?.message).toContain("Firefox 153 ESR");
  });

  it("should keep a Partitioned cookie as CHIPS in both browsers by default, and in Chromium when third-party cookies are blocked", () => {
    for (const browser of ["chromium", "firefox"] as const) {
      expect(inIframe(browser, "allowed", chip).cookie, browser).toMatchObject({ stored: true, partitionedBy: "CHIPS" });
    }
    expect(inIframe("chromium", "blocked", chip).cookie).toMatchObject({ stored: true, partitionedBy: "CHIPS" });
  });

  it("should refuse a Partitioned cookie too when Firefox 153 ESR blocks all cross-site cookies (measured: cookieBehavior 1)", () => {
    const { cookie, header } = inIframe("firefox", "blocked", chip);
    expect(cookie).toMatchObject({ stored: false, reason: { code: "ThirdPartyPhaseout" } });
    expect(cookie.reason?.message).toContain(
      "Firefox 153 ESR, the custom setting that blocks all cross-site cookies), and that setting refuses every cookie in a cross-site iframe, Partitioned ones too",
    );
    expect(header).toBeNull();
  });

  it("should apply no third-party policy in RFC 6265bis alone, where Partitioned is an unknown attribute", () => {
    for (const mode of ["allowed", "blocked"] as const) {
      const { cookie, header } = inIframe("spec", mode);
      expect(cookie.stored).toBe(true);
      expect(cookie.partitionedBy).toBeUndefined();
      expect(cookie.steps.join(" ")).toContain("no third-party cookie policy");
      expect(header).toBe("track=1");
    }
    const { cookie } = inIframe("spec", "allowed", chip);
    expect(cookie.attributes.find((a) => a.name === "Partitioned")).toMatchObject({ ignored: true });
    expect(one("spec", "p=1; Partitioned").cookie.stored).toBe(true);
  });
});

describe("Partitioned without Secure", () => {
  it.each([
    ["chromium", "Chromium refuses"],
    ["firefox", "Firefox 153 ESR, like Chromium, refuses"],
  ] as const)("should be refused by %s", (browser, words) => {
    const { cookie } = one(browser, "p=1; Partitioned; SameSite=Lax", { url: "https://shop.example/" });
    expect(cookie).toMatchObject({ stored: false, reason: { code: "InvalidPartitioned" } });
    expect(cookie.reason?.message).toContain(words);
  });
});

describe("the __Http- and __Host-Http- prefixes", () => {
  it.each(["__Http-a=1; Secure; Path=/", "__Host-Http-a=1; Secure; Path=/"])(
    "should be enforced by Chromium and Firefox 153 ESR, naming the Firefox version: %s",
    (line) => {
      expect(one("chromium", line, { url: "https://shop.example/" }).cookie.reason?.code).toBe("InvalidPrefix");
      const { cookie } = one("firefox", line, { url: "https://shop.example/" });
      expect(cookie.reason?.code).toBe("InvalidPrefix");
      expect(cookie.reason?.message).toContain(
        `Firefox 153 ESR enforces ${line.startsWith("__Host-Http-") ? "__Host-Http- (Firefox 143" : "__Http- (Firefox 142"}`,
      );
    },
  );

  it("should not be known to RFC 6265bis alone, though __Host-Http- still obeys __Host-", () => {
    expect(one("spec", "__Http-a=1; Secure; Path=/", { url: "https://shop.example/" }).cookie.stored).toBe(true);
    expect(one("spec", "__Http-a=1", { url: "https://shop.example/" }).cookie.stored).toBe(true);
    expect(one("spec", "__Host-Http-a=1; Secure; Path=/", { url: "https://shop.example/" }).cookie.stored).toBe(true);
    expect(one("spec", "__Host-Http-a=1; Secure; Path=/cart", { url: "https://shop.example/" }).cookie.reason?.code).toBe("InvalidPrefix");
  });

  it("should let a script set them only in RFC 6265bis alone", () => {
    const line = "__Http-js=1; Secure; Path=/";
    expect(one("chromium", line, { context: { api: "non-http" } }).cookie.reason?.code).toBe("InvalidPrefix");
    expect(one("firefox", line, { context: { api: "non-http" } }).cookie.reason?.code).toBe("InvalidPrefix");
    expect(one("spec", line, { context: { api: "non-http" } }).cookie.stored).toBe(true);
  });
});

describe("a __Host- cookie with a Domain equal to its host", () => {
  it("should be refused by Chromium, which refuses any Domain", () => {
    expect(one("chromium", "__Host-a=1; Secure; Path=/; Domain=localhost").cookie.reason?.code).toBe("InvalidPrefix");
  });

  it.each(["firefox", "spec"] as const)("should be kept by %s when Domain=localhost leaves it host-only (§5.7 step 9)", (browser) => {
    expect(one(browser, "__Host-a=1; Secure; Path=/; Domain=localhost").cookie.stored).toBe(true);
  });

  it.each(["chromium", "firefox", "spec"] as const)("should be refused by %s when the Domain makes it a domain cookie", (browser) => {
    expect(one(browser, "__Host-a=1; Secure; Path=/; Domain=shop.example", { url: "https://shop.example/" }).cookie.reason?.code).toBe("InvalidPrefix");
  });
});

describe("the 400-day cap", () => {
  it.each([
    ["chromium", "browsers cap it"],
    ["firefox", "Firefox 153 ESR caps it (network.cookie.maxageCap, 400 days)"],
    ["spec", "RFC 6265bis asks browsers to cap it"],
  ] as const)("should cap Max-Age and Expires in %s, saying who caps", (browser, words) => {
    const { cookie } = one(browser, "a=1; Max-Age=63072000; Expires=Wed, 01 Jan 2100 00:00:00 GMT");
    expect(cookie.attributes[0]?.effective).toBe("34560000");
    expect(cookie.attributes[0]?.explanation).toContain(words);
    expect(one(browser, "a=1; Expires=Wed, 01 Jan 2100 00:00:00 GMT").cookie.attributes[0]?.effective).toBe(
      new Date(Date.parse(now) + 34_560_000_000).toUTCString(),
    );
  });
});

describe("Secure from http://localhost", () => {
  it.each(["chromium", "firefox", "spec"] as const)("should be accepted by %s, with the Safari warning", (browser) => {
    const { cookie, header } = one(browser, "a=1; Secure");
    expect(cookie.stored).toBe(true);
    expect(header).toBe("a=1");
    expect(cookie.warnings.join(" ")).toContain("Safari does not");
  });
});

describe("nameless cookies", () => {
  it("should refuse =a=bar in Chromium and Firefox, which would send it back as a=bar, but keep it in RFC 6265bis alone", () => {
    expect(one("chromium", "=a=bar").cookie).toMatchObject({ stored: false, reason: { code: "NamelessCookie" } });
    expect(one("chromium", "=a=bar").cookie.reason?.message).toContain('a cookie named "a"');
    expect(one("firefox", "=a=bar").cookie).toMatchObject({ stored: false, reason: { code: "NamelessCookie" } });
    expect(one("spec", "=a=bar")).toMatchObject({ cookie: { stored: true }, header: "a=bar" });
  });

  it("should keep =plain nameless in Chromium and RFC 6265bis, but refuse every empty name in Firefox 153 ESR", () => {
    expect(one("chromium", "=plain").header).toBe("plain");
    expect(one("spec", "=plain").header).toBe("plain");
    const { cookie, header } = one("firefox", "=plain");
    expect(cookie).toMatchObject({ stored: false, reason: { code: "NamelessCookie" } });
    expect(cookie.reason?.message).toContain("Firefox 153 ESR refuses a cookie with an empty name");
    expect(header).toBeNull();
  });

  it("should read a line without = as a name with an empty value in Firefox 153 ESR, and as a nameless value elsewhere", () => {
    expect(one("chromium", "lonely")).toMatchObject({ cookie: { name: "", value: "lonely" }, header: "lonely" });
    expect(one("spec", "lonely")).toMatchObject({ cookie: { name: "", value: "lonely" }, header: "lonely" });
    const { cookie, header } = one("firefox", "lonely; Path=/");
    expect(cookie).toMatchObject({ stored: true, name: "lonely", value: "" });
    expect(cookie.steps[0]).toContain("Firefox 153 ESR reads it as the name");
    expect(header).toBe("lonely=");
  });
});

describe("explainAcross", () => {
  it("should give each engine's verdict per line and flag the lines they disagree on", () => {
    const result = explainAcross({ setCookie: ["a=1; Path=/", "=a=bar", "b=2; SameSite=None"], now }, ["chromium", "firefox", "spec"]);
    expect(result.lines.map((l) => [l.line, l.disagree])).toEqual([
      ["a=1; Path=/", false],
      ["=a=bar", true],
      ["b=2; SameSite=None", false],
    ]);
    expect(result.lines[1]?.verdicts.map((v) => [v.browser, v.cookie.stored])).toEqual([
      ["chromium", false],
      ["firefox", false],
      ["spec", true],
    ]);
    expect(result.cookieHeaders).toEqual([
      { browser: "chromium", cookieHeader: "a=1" },
      { browser: "firefox", cookieHeader: "a=1" },
      { browser: "spec", cookieHeader: "a=1; a=bar" },
    ]);
  });

  it("should flag a line both engines store but Firefox partitions", () => {
    const result = explainAcross({ setCookie: "t=1; Secure; SameSite=None", url: "https://widget.example/", now, context: crossSiteIframe }, [
      "chromium",
      "firefox",
    ]);
    expect(result.lines[0]?.disagree).toBe(true);
    expect(result.lines[0]?.verdicts.map((v) => v.cookie.partitionedBy ?? null)).toEqual([null, "Total Cookie Protection"]);
  });

  it("should ignore a browser given in the context and use the same clock for every engine", () => {
    const result = explainAcross({ setCookie: "a=1; Max-Age=60", now, context: { browser: "spec" } }, ["chromium", "firefox"]);
    expect(result.lines[0]?.verdicts.map((v) => v.browser)).toEqual(["chromium", "firefox"]);
    expect(result.lines[0]?.disagree).toBe(false);
  });
});
