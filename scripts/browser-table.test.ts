import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASES, caseListHash, predict, type EngineId } from "../e2e/engine-cases";
import { buildSetCookie } from "../lib/cookie/build";
import { ENGINE_QUIRKS, quirksOf, type EngineQuirk } from "../lib/cookie/engines";
import { loadCases } from "../lib/cookie/testing/http-state";

// docs/browsers.md is generated from real runs (scripts/browser-table.mjs). It must be of the current
// case list, and every outcome it records must be what the explainer predicts for that engine today:
// a case added, or a model change, without a new table fails here.
const doc = readFileSync("docs/browsers.md", "utf8");
const base = "http://localhost:3000";

/** The per-case table: id -> [line, chromium, firefox]. */
function rows(): Map<string, [string, string, string]> {
  const found = new Map<string, [string, string, string]>();
  for (const m of doc.matchAll(/^\| `([^`]+)` \| [^|]+ \| `((?:[^`])+)` \| ([^|]+) \| ([^|]+) \|$/gm)) {
    found.set(m[1]!, [m[2]!.replaceAll("\\|", "|"), m[3]!.trim(), m[4]!.trim()]);
  }
  return found;
}

const words = (p: { stored: boolean; sent: boolean }) => (p.stored ? `stored, ${p.sent ? "sent" : "not sent"}` : "refused");

describe("docs/browsers.md", () => {
  it("should name the current case list, measured versions of both engines, a month, and Safari as documented", () => {
    expect(doc).toMatch(/^# Browsers as of [A-Z][a-z]+ \d{4}$/m);
    expect(doc).toContain(`case list ${caseListHash()}`);
    expect(doc).toMatch(/\| Chromium \d+[\d.]* \(measured\) \| Firefox \d+[\w.]* \(measured\) \| Safari \(documented, not measured\) \|/);
  });

  it("should list every case, with the line the server sends for it", () => {
    const table = rows();
    expect([...table.keys()]).toEqual(CASES.map((k) => k.id));
    for (const k of CASES) {
      const { expires, ...rest } = k.cookie;
      expect(table.get(k.id)?.[0], k.id).toBe(buildSetCookie({ ...rest, ...(expires ? { expires: new Date(expires) } : {}) }));
    }
  });

  it.each(["chromium", "firefox"] as const)("should record for %s, case by case, what the explainer predicts for it", (engine: EngineId) => {
    const table = rows();
    for (const k of CASES) {
      const [line, chromium, firefox] = table.get(k.id)!;
      const recorded = engine === "chromium" ? chromium : firefox;
      const p = predict(k, line, base, engine);
      // "stored, sent, expires in 400 days": the cap's expiry too.
      const days = p.stored && p.expiresInDays !== null && p.expiresInDays >= 1 ? `, expires in ${Math.round(p.expiresInDays)} days` : "";
      expect(recorded, `${k.id} in ${engine}: the explainer says ${p.why}`).toBe(`${words(p)}${days}`);
    }
  });
});

// The corpus section: each quirk named for an engine is one of ENGINE_QUIRKS that the engine has, and
// concerns a line of every case listed under it.
describe("docs/browsers.md, the http-state corpus section", () => {
  const corpus = loadCases();
  const section = doc.slice(doc.indexOf("## The http-state corpus"));

  it("should be there, with both engines' counts", () => {
    expect(section).toMatch(/\*\*Chromium [\d.]+\*\* \(\d{4}-\d{2}-\d{2}\): \d+ of 222 as RFC 6265bis/);
    expect(section).toMatch(/\*\*Firefox [\w.]+\*\* \(\d{4}-\d{2}-\d{2}\): \d+ of 222 as RFC 6265bis/);
  });

  it.each(["chromium", "firefox"] as const)("should attribute %s's departures to quirks it has, each concerning its cases", (engine) => {
    const part = section.split(/^- \*\*/m).find((p) => p.toLowerCase().startsWith(engine))!;
    const named = [...part.matchAll(/^ {2}- `(\w+)`: .* \(\d+\): (.*)$/gm)];
    expect(named.length).toBeGreaterThan(0);
    for (const [, quirk, ids] of named) {
      expect(Object.keys(ENGINE_QUIRKS), quirk).toContain(quirk);
      for (const id of [...ids!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)) {
        const c = corpus.find((x) => x.id === id);
        expect(c, id).toBeDefined();
        expect(quirksOf(engine, c!.setCookie), `${id} under ${quirk} in ${engine}`).toContain(quirk as EngineQuirk);
      }
    }
  });
});
