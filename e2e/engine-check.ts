import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import {
  CASES,
  caseListHash,
  daysFrom,
  ECHO_PATH,
  ENGINE_OUTPUT_DIR,
  headerHas,
  predict,
  type CookieBody,
  type EngineId,
  type EngineRun,
  type Group,
} from "./engine-cases";

/**
 * What both engine runners share: the script a lab document runs to set a group's cookies and read
 * the next Cookie header, and the comparison of what the engine did with the explainer's prediction.
 * The browsers differ only in how they open each group's document and read their jar.
 */

/** The cases of a group, in list order. */
export const casesOf = (group: Group) => CASES.filter((k) => k.group === group);

/**
 * Runs in a lab document (top-level page or frame): POSTs each cookie to /api/cookies, one after the
 * other, and returns the Set-Cookie lines the server sent; then, when `echo` is given, the Cookie
 * header that reached it. Passed to page.evaluate / frame.evaluate as is.
 */
export async function setInPage([bodies, echo]: [CookieBody[], string | null]): Promise<{ lines: string[]; header: string | null }> {
  const lines: string[] = [];
  for (const body of bodies) {
    const res = await fetch("/api/cookies", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`POST /api/cookies ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(json.error)}`);
    lines.push(...json.exchange.response.setCookie);
  }
  const header = echo ? (await (await fetch(echo)).json()).exchange.request.cookieHeader : null;
  return { lines, header };
}

/** Runs in a page of another site: navigates the tab top-level to `url` by submitting a form. */
export function submitForm([url, method]: [string, "GET" | "POST"]): void {
  const form = document.createElement("form");
  form.method = method;
  form.action = url;
  document.body.append(form);
  form.submit();
}

/** Runs in the echo's JSON document after a navigation: the Cookie header it reports. */
export function echoedHeader(): string | null {
  const text = document.querySelector("pre")?.textContent ?? document.body.textContent ?? "";
  return JSON.parse(text).exchange.request.cookieHeader;
}

export const echoUrl = (base: string, group: Group) => `${base}${ECHO_PATH[group]}`;

/** A cookie of the engine's jar: its name, and its expiry in seconds since the epoch (-1 or 0 for a session cookie). */
export type JarCookie = { name: string; expires: number };

/** Collects a run's observations, checks each against the prediction, and writes them out. */
export class EngineRecorder {
  private readonly run: EngineRun;

  constructor(engine: EngineId, version: string) {
    this.run = { engine, version, date: new Date().toISOString().slice(0, 10), caseListHash: caseListHash(), cases: {} };
  }

  /** Compares a group's outcome with the explainer, case by case (expect.soft: every disagreement is named). */
  check(group: Group, base: string, lines: string[], header: string | null, jar: JarCookie[]): void {
    const now = new Date();
    const cases = casesOf(group);
    expect(lines, `${group}: one Set-Cookie line per case`).toHaveLength(cases.length);
    for (const [i, k] of cases.entries()) {
      const line = lines[i]!;
      const inJar = jar.find((c) => c.name === k.cookie.name);
      const stored = inJar !== undefined;
      const sent = headerHas(header, k.cookie.name, k.cookie.value);
      const expiresInDays = inJar && inJar.expires > 0 ? daysFrom(now, new Date(inJar.expires * 1000)) : null;
      this.run.cases[k.id] = { group, behaviour: k.behaviour, label: k.label, line, stored, sent, expiresInDays };
      const p = predict(k, line, base, this.run.engine, now);
      const what = `${k.id} (${k.label}) in ${this.run.version}: the explainer said ${p.why}${p.sent ? ", sent" : ", not sent"} to ${ECHO_PATH[group]}`;
      expect.soft({ stored, sent }, what).toEqual({ stored: p.stored, sent: p.sent });
      // The 400-day cap: the expiry the engine keeps is the one predicted, to within a day.
      if (k.behaviour === "cap-400" && p.expiresInDays !== null)
        expect.soft(Math.abs((expiresInDays ?? Infinity) - p.expiresInDays), `${what}, expiring in ${p.expiresInDays} days`).toBeLessThan(1);
    }
  }

  /** Writes .test-output/engines/<engine>.json once every group was observed. */
  write(): void {
    expect(Object.keys(this.run.cases).sort(), "every case observed").toEqual(CASES.map((k) => k.id).sort());
    mkdirSync(ENGINE_OUTPUT_DIR, { recursive: true });
    writeFileSync(path.join(ENGINE_OUTPUT_DIR, `${this.run.engine}.json`), `${JSON.stringify(this.run, null, 2)}\n`);
  }
}
