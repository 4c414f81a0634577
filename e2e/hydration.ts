import type { Page } from "@playwright/test";

/**
 * Opens `path` and waits until React has hydrated it (components/site/hydration-mark.tsx): the load
 * event comes earlier, and a test that acts between the two races React.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.__labHydrated === true);
}
