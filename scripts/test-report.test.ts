import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, without type declarations
import { failedTests } from "./test-report.mjs";

// Real reports from the real runners: a tiny project of failing, passing and skipped tests, inside this
// tree so that it resolves vitest and @playwright/test from node_modules. No browser: the tests need none.
// Made when the tests run, not when the file is imported: listing the tests creates nothing.
let dir = "";
beforeAll(() => {
  mkdirSync(".test-output", { recursive: true });
  dir = mkdtempSync(path.resolve(".test-output/report-fixture-"));
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

function report(runner: string[], file: string) {
  const r = spawnSync("npx", runner, { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "1", FORCE_COLOR: "1" } });
  expect(r.status, r.stderr).toBe(1);
  return JSON.parse(readFileSync(path.join(dir, file), "utf8"));
}

// Each test starts a whole runner (npx, then vitest or playwright): seconds when the machine is idle,
// past Vitest's 20 s default when every core is busy, as it was beside six builds.
describe("failedTests", { timeout: 90_000 }, () => {
  it("should name each failed or skipped Vitest test with its file and the first line of its error, and no passing one", () => {
    writeFileSync(path.join(dir, "vitest.config.mjs"), 'export default { test: { include: ["*.test.mjs"] } };\n');
    writeFileSync(
      path.join(dir, "a.test.mjs"),
      `import { describe, expect, it } from "vitest";
describe("the cart", () => {
  it("keeps two items", () => expect([1]).toHaveLength(2));
  it("is fine", () => expect(1).toBe(1));
  it.skip("waits", () => {});
});
`,
    );
    const unit = report(["vitest", "run", "--reporter=json", "--outputFile=unit.json"], "unit.json");
    const lines: string[] = failedTests(unit, null);
    const where = path.relative(process.cwd(), path.join(dir, "a.test.mjs"));
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith(`${where} › the cart keeps two items: AssertionError: expected [ 1 ] to have a length of 2`)).toBe(true);
    expect(lines[0]).not.toContain("\u001b");
    expect(lines[1]).toBe(`${where} › the cart waits (skipped)`);
  });

  it("should name each failed Playwright test with its file, line, describe blocks and error, and no passing one", () => {
    writeFileSync(path.join(dir, "playwright.config.mjs"), 'export default { testDir: "pw", reporter: [["json", { outputFile: "e2e.json" }]] };\n');
    mkdirSync(path.join(dir, "pw"), { recursive: true });
    writeFileSync(
      path.join(dir, "pw", "b.spec.mjs"),
      `import { expect, test } from "@playwright/test";
test.describe("login", () => {
  test.describe("with a password", () => {
    test("shows the name", () => expect("Ada").toBe("Grace"));
  });
  test("passes", () => {});
});
test("outside", () => { throw new Error("boom\\nsecond line"); });
`,
    );
    const e2e = report(["playwright", "test", "--config=playwright.config.mjs"], "e2e.json");
    const lines: string[] = failedTests(null, e2e);
    const where = path.relative(process.cwd(), path.join(dir, "pw", "b.spec.mjs"));
    expect(lines.toSorted()).toEqual([
      expect.stringMatching(/ › login › with a password › shows the name \(unexpected\): Error: expect\(received\)\.toBe\(expected\)/),
      `${where}:8 › outside (unexpected): Error: boom`,
    ]);
    expect(lines.toSorted()[0]?.startsWith(`${where}:4 › `)).toBe(true);
  });
});
