import type { Page } from "@playwright/test";

/**
 * Opens `path` and waits until React has hydrated it (components/site/hydration-mark.tsx). The
 * load event comes earlier: React hydrates after the scripts have run, and a field typed into
 * between its first render and its commit may be reset to the server's text.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.__labHydrated === true);
}
