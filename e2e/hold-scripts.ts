import type { Page } from "@playwright/test";

/**
 * Holds every script of the page until the returned function is called, so a test can act on the
 * static HTML as a visitor on a slow connection would, then let the page hydrate.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
