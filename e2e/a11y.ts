import path from "node:path";
import type { Page } from "@playwright/test";

const AXE = path.resolve("node_modules/axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) in the page and returns its violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * axe's violations on the page as it is now, in the light and then the dark colour scheme: the page
 * follows prefers-color-scheme through CSS alone (unless a theme cookie overrides it), so the same
 * state is checked twice without setting it up again. Expect `{ light: [], dark: [] }`.
 */
export async function axeViolationsInBothThemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const result = { light: [] as string[], dark: [] as string[] };
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours that transition must have arrived before axe measures contrast (endless animations aside).
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
          .map((a) => a.finished),
      ),
    );
    result[colorScheme] = await axeViolations(page);
  }
  return result;
}
