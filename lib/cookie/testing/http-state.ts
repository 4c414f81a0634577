/**
 * Loads the http-state corpus (IETF httpstate WG test data) for the tests. The data is not copied
 * into the project (see ../shared/reference/http-state/SOURCE.md), so it is read from disk;
 * HTTP_STATE_DIR overrides the location. A missing corpus throws, so the tests fail loudly.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type CorpusCase = {
  id: string;
  setCookie: string[];
  requestUrl: string;
  cookieRequestUrl: string;
  expectedCookieHeader: string | null;
  upstreamStatus: string;
  source: string;
  note?: string;
  rfc6265bis?: { expectedCookieHeader: string | null; differsBecause: string };
};

export type DateCase = { test: string; expected: string | null };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export function httpStateDir(): string {
  return process.env.HTTP_STATE_DIR ?? path.resolve(repoRoot, "..", "shared", "reference", "http-state");
}

function readCorpusFile(relative: string): string {
  const file = path.join(httpStateDir(), relative);
  if (!existsSync(file)) {
    throw new Error(
      `The http-state corpus file ${file} is missing. Put the corpus at ../shared/reference/http-state ` +
        `(next to the repository) or point HTTP_STATE_DIR at it.`,
    );
  }
  return readFileSync(file, "utf8");
}

export function loadCases(): CorpusCase[] {
  return JSON.parse(readCorpusFile("cases.json")) as CorpusCase[];
}

/** bsd-examples.json starts with `//` licence lines, which JSON.parse rejects. */
export function loadDateCases(file: "examples.json" | "bsd-examples.json"): DateCase[] {
  const text = readCorpusFile(path.join("dates", file))
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
  return JSON.parse(text) as DateCase[];
}

/** The expectation a browser following RFC 6265bis must meet: the 6265bis column when present. */
export function expectedHeader(c: CorpusCase): string | null {
  return c.rfc6265bis ? c.rfc6265bis.expectedCookieHeader : c.expectedCookieHeader;
}
