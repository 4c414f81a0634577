import { expect, test, type Page } from "@playwright/test";
import { startApp, type AppServer } from "../lib/testing/app-server";
import { startTestRedis, type TestRedis } from "../lib/testing/redis-server";
import { makeTempDir } from "../lib/testing/temp-dir";
import { axeViolationsInBothThemes } from "./a11y";

const card = (page: Page, kind: string) => page.getByTestId(`store-${kind}`);

async function writeRestartRead(page: Page) {
  const inspector = page.getByRole("region", { name: "Inspector" });
  // The page has asked whether Redis is configured: it is interactive.
  await expect(card(page, "redis")).not.toContainText("Checking whether");
  await page.getByRole("button", { name: "Write to every store" }).click();
  await expect(card(page, "sqlite").getByTestId("store-verdict")).toHaveText('Holds {"cart":1}');
  await expect(card(page, "memory").getByTestId("store-verdict")).toHaveText('Holds {"cart":1}');
  await page.getByRole("button", { name: "Restart the memory store (simulated)" }).click();
  await expect(inspector.getByTestId("server-summary")).toContainText("Simulated restart: this browser's memory store was emptied");
  await page.getByRole("button", { name: "Read every store" }).click();
  await expect(card(page, "memory").getByTestId("store-verdict")).toHaveText(/^Lost: the browser sent its cookie/);
  await expect(card(page, "sqlite").getByTestId("store-verdict")).toHaveText('Holds {"cart":1}');
  return inspector;
}

test.describe("stores demo", () => {
  test("should lose the memory session on a simulated restart while the SQLite one survives, and say Redis is not configured", async ({ page }) => {
    await page.goto("/demos/stores");
    await expect(card(page, "redis")).toContainText("Redis is not configured here");
    await expect(card(page, "redis")).toContainText("REDIS_URL=redis://127.0.0.1:6379 npm start");
    const inspector = await writeRestartRead(page);
    // The browser still sent the memory cookie; the server refused the unknown ID and cleared it.
    await inspector.getByRole("button", { name: /^Read Memory/ }).click();
    await expect(inspector.getByLabel("Cookie request header")).toContainText("__Host-stores-memory=");
    await expect(inspector.getByTestId("set-cookie-line")).toContainText("__Host-stores-memory=; Expires=Thu, 01 Jan 1970");
  });

  test("should be operable with the keyboard alone", async ({ page }) => {
    await page.goto("/demos/stores");
    await expect(card(page, "redis")).not.toContainText("Checking whether");
    await page.getByRole("button", { name: "Write to every store" }).focus();
    await page.keyboard.press("Enter");
    await expect(card(page, "sqlite").getByTestId("store-verdict")).toHaveText('Holds {"cart":1}');
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Restart the memory store (simulated)" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Inspector" }).getByRole("status")).toContainText("Restart the memory store: status 200");
  });

  test("should have no axe violations after a restart, in light and dark mode", async ({ page }) => {
    await page.goto("/demos/stores");
    await writeRestartRead(page);
    expect(await axeViolationsInBothThemes(page)).toEqual({ light: [], dark: [] });
  });
});

// Its own app process, started with REDIS_URL, against its own redis-server.
test.describe("stores demo with Redis configured", () => {
  test.describe.configure({ timeout: 90_000 });
  let redis: TestRedis;
  let app: AppServer;
  const temp = makeTempDir("demo-stores-e2e");
  test.beforeAll(async () => {
    redis = await startTestRedis();
    app = await startApp({ REDIS_URL: redis.url, DATA_DIR: temp.dir });
  });
  test.afterAll(async () => {
    await app?.stop();
    await redis?.stop();
    temp.remove();
  });

  test("should keep the Redis session across the simulated restart, like SQLite", async ({ page }) => {
    await page.goto(`${app.url}/demos/stores`);
    await expect(card(page, "redis").getByTestId("store-verdict")).toHaveText("Nothing asked yet.");
    await writeRestartRead(page);
    await expect(card(page, "redis").getByTestId("store-verdict")).toHaveText('Holds {"cart":1}');
  });
});
