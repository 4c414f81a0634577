import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ENGINE_QUIRKS, quirksOf, type EngineQuirk } from "../lib/cookie/engines";
import { explain } from "../lib/cookie/explain";
import cases from "../lib/cookie/testing/http-state/cases.json";
import { expectedHeader, type CorpusCase } from "../lib/cookie/testing/http-state-case";
import { ENGINE_OUTPUT_DIR, type EngineId } from "./engine-cases";

/**
 * The http-state corpus (lib/cookie/testing/http-state, vendored) in a real engine (issue 21). Each
 * case's Set-Cookie lines reach the browser over plain HTTP from a response of the case's own URL
 * (its host, resolved to loopback by the browser; its path, which sets the default Path), byte for
 * byte as the corpus has them: a raw response, since node:http refuses a header with a control
 * character or a non-Latin-1 character. The page then fetches the case's cookieRequestUrl, and the
 * server reports the Cookie header the engine sent. The browser's jar is emptied between cases.
 *
 * The server is the test's own, like the host page (e2e/host-page.ts), not a lab route: a route that
 * set any cookie line a query asked for would let any site toss cookies onto the lab's visitors.
 */

/** The hosts the corpus uses (lib/cookie/testing/http-state/hosts): the browser maps them to 127.0.0.1. */
export const CORPUS_HOSTS = ["home.example.org", "sibling.example.org", "subdomain.home.example.org", "sibling.home.example.org"];
/** Chromium's switch for it (Firefox resolves every name to loopback already: e2e/firefox.ts). */
export const CHROMIUM_HOST_RULES = `--host-resolver-rules=${CORPUS_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(", ")}`;

/** The vendored corpus (lib/cookie/testing/http-state/SOURCE.md), read as JSON: it ships with the repository. */
export const CORPUS: readonly CorpusCase[] = cases as CorpusCase[];

/**
 * Where an engine's Cookie header differs from what the explainer predicts for it, because of the
 * engine rather than the model: each with what the engine did and why we leave it unmodelled. The
 * corpus spec checks that every entry still holds (the engine still does exactly this), so a fixed
 * engine bug fails until its entry goes.
 */
export const EXPECTED_DIFFERENCES: Record<EngineId, Record<string, { header: string | null; because: string }>> = {
  chromium: {
    // Not the cookie parser: Chromium's HTTP/1.1 parser ends a header line at a bare CR, so the
    // cookie parser receives "AAA=BB" and the "ZYX" line is dropped as a malformed header. RFC 9112
    // §2.2 says a bare CR makes the element invalid or is read as a space. Chromium's cookie parser
    // itself refuses the line, as the explainer says: document.cookie = "a=b\rc" stores nothing
    // (checked in Chromium 156). (A NUL, disabled-chromium0022, fails the whole response instead:
    // nothing stored, which is also the explainer's answer.)
    "disabled-chromium0023": {
      header: "AAA=BB",
      because: "Chromium 156's HTTP parser ends the Set-Cookie header at the bare CR before the cookie parser sees it",
    },
  },
  firefox: {},
};

export type CorpusServer = { port: number; close: () => Promise<void> };

/** The case's URL on the test server: its host and path, our port, and which case and step in the query. */
export function caseUrl(c: CorpusCase, index: number, step: "set" | "echo", port: number): string {
  const url = new URL(step === "set" ? c.requestUrl : c.cookieRequestUrl);
  url.port = String(port);
  // The query does not touch cookie matching (default-path and path-match read the path alone).
  url.search = `${url.search ? `${url.search}&` : "?"}lab-case=${index}&lab-step=${step}`;
  return url.toString();
}

const cors = (req: IncomingMessage) => [
  `Access-Control-Allow-Origin: ${req.headers.origin ?? "*"}`,
  "Access-Control-Allow-Credentials: true",
  "Cache-Control: no-store",
];

export async function startCorpusServer(): Promise<CorpusServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://corpus.invalid");
    const index = Number(url.searchParams.get("lab-case"));
    const step = url.searchParams.get("lab-step");
    const c = Number.isInteger(index) ? CORPUS[index] : undefined;
    if (step === "set" && c) {
      // The raw bytes: each line UTF-8 encoded as in the corpus files, control characters included.
      const head = [
        "HTTP/1.1 200 OK",
        ...cors(req),
        "Content-Type: text/plain",
        "Content-Length: 2",
        "Connection: close",
        ...c.setCookie.map((l) => `Set-Cookie: ${l}`),
      ];
      req.socket.end(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\nok`, "utf8")]));
      return;
    }
    if (step === "echo" && c) {
      // node:http reads header bytes as Latin-1: the browser sent UTF-8.
      const raw = req.headers.cookie;
      const cookie = raw === undefined ? null : Buffer.from(raw, "latin1").toString("utf8");
      res.writeHead(200, {
        "content-type": "application/json",
        "access-control-allow-origin": req.headers.origin ?? "*",
        "access-control-allow-credentials": "true",
        "cache-control": "no-store",
      });
      res.end(JSON.stringify({ cookie }));
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end('<!doctype html><html lang="en"><head><title>http-state corpus</title></head><body><h1>http-state corpus</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs in a page of the corpus's home.example.org: fetches the lines, then the Cookie header the engine sends. */
export async function runCaseInPage([setUrl, echoUrl]: [string, string]): Promise<string | null> {
  // A line the engine's HTTP parser refuses (a control character) may fail the whole response: that
  // is the engine's answer too, and the Cookie header still tells what it kept.
  await fetch(setUrl, { credentials: "include" }).catch(() => null);
  const res = await fetch(echoUrl, { credentials: "include" });
  return (await res.json()).cookie;
}

/** What the engine sent for the case, and what the explainer predicted for that engine and for RFC 6265bis alone. */
export type CorpusObservation = { id: string; sent: string | null; predicted: string | null; spec: string | null; column: string | null };

export function predictCase(c: CorpusCase, index: number, port: number, engine: EngineId, now: Date): Omit<CorpusObservation, "sent"> {
  const url = caseUrl(c, index, "set", port);
  const requestUrl = caseUrl(c, index, "echo", port);
  const header = (browser: EngineId | "spec") => explain({ setCookie: c.setCookie, url, requestUrl, now, context: { browser } }).cookieHeader;
  return { id: c.id, predicted: header(engine), spec: header("spec"), column: expectedHeader(c) };
}

/** The one thing a corpus run needs of a Playwright or a Puppeteer page. */
export interface CorpusPage {
  evaluate(run: typeof runCaseInPage, urls: [string, string]): Promise<string | null>;
}

/**
 * Every case in the engine's page (on the corpus's home.example.org), the jar emptied after each:
 * what the engine sent beside what the explainer predicted for it.
 */
export async function runCorpus(page: CorpusPage, port: number, engine: EngineId, emptyJar: () => Promise<void>): Promise<CorpusObservation[]> {
  const now = new Date();
  const observed: CorpusObservation[] = [];
  for (const [i, c] of CORPUS.entries()) {
    const sent = await page.evaluate(runCaseInPage, [caseUrl(c, i, "set", port), caseUrl(c, i, "echo", port)]);
    await emptyJar();
    observed.push({ ...predictCase(c, i, port, engine, now), sent });
  }
  return observed;
}

/** What a corpus run writes to .test-output/engines/<engine>-corpus.json (scripts/browser-table.mjs reads it). */
export type CorpusRun = {
  engine: EngineId;
  version: string;
  date: string;
  cases: number;
  /** Cases whose Cookie header was RFC 6265bis's (the explainer's "spec", at the run's time). */
  asSpec: number;
  /** Every other case, by the engine quirk (ENGINE_QUIRKS) or the listed difference that explains it. */
  departures: Record<string, string[]>;
};

/**
 * Checks every observation against the explainer's prediction for the engine (every disagreement
 * named), attributes every departure from RFC 6265bis to a named quirk or a listed difference, and
 * writes the run out.
 */
export function checkCorpus(engine: EngineId, version: string, observed: CorpusObservation[]): void {
  expect(observed, "every corpus case ran").toHaveLength(CORPUS.length);
  const expected = EXPECTED_DIFFERENCES[engine];
  const departures: Record<string, string[]> = {};
  for (const o of observed) {
    const known = expected[o.id];
    if (known) {
      expect.soft(o.sent, `${o.id} in ${version}: the listed difference (${known.because}) still holds`).toBe(known.header);
      expect.soft(known.header, `${o.id}: the listed difference is one from the explainer's prediction`).not.toBe(o.predicted);
    } else {
      expect
        .soft(o.sent, `${o.id} in ${version}: the explainer predicted ${JSON.stringify(o.predicted)} (RFC 6265bis alone: ${JSON.stringify(o.spec)})`)
        .toBe(o.predicted);
    }
    if (o.sent === o.spec) continue;
    const quirks: EngineQuirk[] = quirksOf(engine, CORPUS.find((c) => c.id === o.id)!.setCookie);
    const why = known ? [`expected difference: ${known.because}`] : quirks.map((q) => `${q}: ${ENGINE_QUIRKS[q].says}`);
    expect
      .soft(
        why,
        `${o.id} in ${version} sent ${JSON.stringify(o.sent)} where RFC 6265bis sends ${JSON.stringify(o.spec)}: no named quirk of ${engine} (lib/cookie/engines.ts) explains it`,
      )
      .not.toEqual([]);
    for (const w of why) (departures[w] ??= []).push(o.id);
  }
  for (const id of Object.keys(expected))
    expect(
      CORPUS.some((c) => c.id === id),
      `${id} is a corpus case`,
    ).toBe(true);
  const run: CorpusRun = {
    engine,
    version,
    date: new Date().toISOString().slice(0, 10),
    cases: observed.length,
    asSpec: observed.filter((o) => o.sent === o.spec).length,
    departures,
  };
  mkdirSync(ENGINE_OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(ENGINE_OUTPUT_DIR, `${engine}-corpus.json`), `${JSON.stringify(run, null, 2)}\n`);
}
