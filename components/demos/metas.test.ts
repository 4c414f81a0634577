import { statSync } from "node:fs";
import { join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { demoMetas } from "./metas";

const ROOT = join(__dirname, "..", "..");

/** What a path names: "file", "folder", or "missing" (what the demo page would link to in vain). */
function kind(path: string): string {
  try {
    return statSync(join(ROOT, path)).isFile() ? "file" : "folder";
  } catch {
    return "missing";
  }
}

describe('every demo\'s "Get the code" list', () => {
  it.each(demoMetas.map((m) => [m.id, m] as const))("%s names files that exist in the repository", (_id, meta) => {
    expect(meta.code.length).toBeGreaterThan(0);
    // A relative path inside the repository, written once.
    for (const path of meta.code)
      expect({ path, inside: normalize(path) === path && !path.startsWith("/") && !path.startsWith("..") }).toEqual({ path, inside: true });
    expect(new Set(meta.code).size).toBe(meta.code.length);
    expect(Object.fromEntries(meta.code.map((p) => [p, kind(p)]))).toEqual(Object.fromEntries(meta.code.map((p) => [p, "file"])));
  });
});
