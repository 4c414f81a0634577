import type { Frame, Page } from "@playwright/test";

/**
 * Opens `path` and waits until React has hydrated it (components/site/hydration-mark.tsx): the load
 * event comes earlier, and a test that acts between the two races React.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

/** Waits until React has hydrated the page that is open (components/site/hydration-mark.tsx). */
export async function waitForHydration(page: Page | Frame): Promise<void> {
  // The page, then each demo on it (components/demos/demo-code.tsx): a demo's chunk can hydrate after the page's mark.
  await page.waitForFunction(() => window.__labHydrated === true && (window.__labDemosHydrated ?? 0) >= document.querySelectorAll("[data-demo-code]").length);
}
