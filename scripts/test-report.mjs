// Names the tests that failed, from Vitest's and Playwright's JSON reports. CI shows only the end of
// the log, so scripts/test.mjs prints these lines last, and scripts/test-node-versions.mjs repeats them
// in its summary. Neither runner's own reporter gives one line per failure in a form both share.
import path from "node:path";

const firstLine = (text) =>
  String(text ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .trim()
    .split("\n")[0]
    .slice(0, 200);

/** One line per failed test in Vitest's and Playwright's JSON reports: "file:line › title: first error line". */
export function failedTests(unitReport, e2eReport) {
  const out = [];
  for (const file of unitReport?.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name);
    for (const t of file.assertionResults ?? []) {
      if (t.status === "failed") out.push(`${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
      // npm test fails on a skipped test too (none may be left behind), so it names those as well.
      else if (t.status !== "passed") out.push(`${where} › ${t.fullName} (${t.status})`);
    }
    // A file that failed before its tests ran (an import error, say) has no failed test of its own.
    if (file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed")) {
      out.push(`${where}: ${firstLine(file.message)}`);
    }
  }
  const rootDir = e2eReport?.config?.rootDir ?? process.cwd();
  const walk = (suite, outer) => {
    // Playwright's outermost suite per file has the file's name as its title: not a describe block.
    const titles = suite.file === suite.title ? outer : [...outer, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === "expected") continue;
        const error = t.results?.find((r) => r.errors?.length)?.errors[0]?.message;
        const where = `${path.relative(process.cwd(), path.join(rootDir, spec.file))}:${spec.line}`;
        out.push(`${where} › ${[...titles, spec.title].join(" › ")} (${t.status})${error ? `: ${firstLine(error)}` : ""}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, titles);
  };
  for (const suite of e2eReport?.suites ?? []) walk(suite, []);
  for (const error of e2eReport?.errors ?? []) out.push(`e2e: ${firstLine(error.message)}`);
  return out;
}
