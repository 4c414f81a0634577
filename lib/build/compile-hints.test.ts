import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

/** A .next folder as Turbopack leaves it: a build manifest naming the root main files, and chunks. */
async function distDir(rootMainFiles: string[], chunks: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "compile-hints-"));
  await mkdir(path.join(dir, "static", "chunks"), { recursive: true });
  await writeFile(path.join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles, polyfillFiles: [] }));
  for (const [name, text] of Object.entries(chunks)) await writeFile(path.join(dir, "static", "chunks", name), text);
  return dir;
}
const chunk = (dir: string, name: string) => readFile(path.join(dir, "static", "chunks", name), "utf8");

describe("addCompileHints", () => {
  it("puts the hint on the first line of every root main file, and on no other chunk", async () => {
    const dir = await distDir(["static/chunks/react-dom.js", "static/chunks/runtime.js"], {
      "react-dom.js": "(globalThis.TURBOPACK||[]).push([1])",
      "runtime.js": "let a=1;",
      "demo-login.js": "(globalThis.TURBOPACK||[]).push([2])",
    });
    expect(await addCompileHints(dir)).toEqual(["static/chunks/react-dom.js", "static/chunks/runtime.js"]);
    expect(await chunk(dir, "react-dom.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1])`);
    expect(await chunk(dir, "runtime.js")).toBe(`${COMPILE_HINT}let a=1;`);
    expect(await chunk(dir, "demo-login.js")).toBe("(globalThis.TURBOPACK||[]).push([2])");
  });

  it("leaves a file that already has it unchanged, so a second run is harmless", async () => {
    const dir = await distDir(["static/chunks/a.js"], { "a.js": "x()" });
    await addCompileHints(dir);
    expect(await addCompileHints(dir)).toEqual([]);
    expect(await chunk(dir, "a.js")).toBe(`${COMPILE_HINT}x()`);
  });

  it("skips a root main file that is not a script", async () => {
    const dir = await distDir(["static/chunks/app.css"], { "app.css": "body{}" });
    expect(await addCompileHints(dir)).toEqual([]);
    expect(await chunk(dir, "app.css")).toBe("body{}");
  });
});
