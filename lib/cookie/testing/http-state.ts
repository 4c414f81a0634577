/**
 * Loads the http-state corpus (IETF httpstate WG test data) for the tests, from the fixtures beside
 * this file (./http-state/SOURCE.md says where they come from); HTTP_STATE_DIR points at another copy.
 * A missing file throws, so the tests fail loudly.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusCase } from "./http-state-case";

export { expectedHeader, type CorpusCase } from "./http-state-case";

export type DateCase = { test: string; expected: string | null };

const vendored = path.join(path.dirname(fileURLToPath(import.meta.url)), "http-state");

export function httpStateDir(): string {
  return process.env.HTTP_STATE_DIR ?? vendored;
}

function readCorpusFile(relative: string): string {
  const file = path.join(httpStateDir(), relative);
  if (!existsSync(file)) {
    throw new Error(
      `The http-state corpus file ${file} is missing: it ships in lib/cookie/testing/http-state/, ` +
        `or HTTP_STATE_DIR must point at a copy with the same layout.`,
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
