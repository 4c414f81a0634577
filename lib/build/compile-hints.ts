import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * V8's per-file explicit compile hint (Chromium 136 and later; other engines read it as a comment):
 * a script that starts with this line has all its functions compiled eagerly, on the background
 * thread that streams it, instead of lazily on the main thread the first time each is called.
 * https://github.com/WICG/explicit-javascript-compile-hints-file-based
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Turbopack wraps each module in a function that runs on first require, so React DOM and the
 * Next.js runtime were compiled on the main thread during start-up: about 50 ms per page load in
 * Chromium here, a long task Lighthouse multiplies by its 4× CPU slowdown (BENCHMARKS.md §
 * Lighthouse). Only the root main files get the hint: every page runs them at once, whereas a demo's
 * chunk or a lazy import may never run, and compiling all of it eagerly would be wasted work.
 * Next.js has no option for this, so it runs as next.config.ts's runAfterProductionCompile hook,
 * after the chunks are written and before any page is prerendered. Idempotent: a second run leaves
 * the files as they are. Returns the files it changed, relative to distDir. The build makes no
 * browser source maps; with them (productionBrowserSourceMaps), this line would shift their
 * mappings by one.
 */
export async function addCompileHints(distDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const files = (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
  const changed: string[] = [];
  for (const file of files) {
    const full = path.join(distDir, file);
    const text = await readFile(full, "utf8");
    if (text.startsWith(COMPILE_HINT)) continue;
    await writeFile(full, COMPILE_HINT + text);
    changed.push(file);
  }
  return changed;
}
