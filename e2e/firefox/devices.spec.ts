import { byRole, byTestId, click, expect, expectText, inspector, test, within } from "../firefox";

// The devices demo's main flow in Firefox: the account's session list, and a logout whose
// Clear-Site-Data: "cookies" Firefox honours (since 63, per MDN) by emptying the site's cookie jar.
const status = within(inspector(), byRole("status"));

test.describe("devices demo in Firefox", () => {
  test("should list this Firefox as a device of the account, then log out everywhere and lose every cookie of the site", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/devices");
    await expectText(page, status).toContain("Read this device's session: status 200");
    await click(page, byRole("button", "Create my account"));
    await expect.poll(() => page.$eval(byRole("textbox", "Username"), (e) => (e as HTMLInputElement).value)).toMatch(/^learner-[0-9a-f]{12}$/);
    await click(page, byRole("button", "Log in on this device"));
    await expectText(page, byTestId("device")).toContain("Firefox on Linux");
    await expectText(page, byTestId("device")).toContain("This device");
    await expect.poll(async () => (await tab.cookies()).map((c) => c.name)).toEqual(["__Host-devices-sid"]);

    await click(page, byRole("button", "Log out everywhere"));
    await expectText(page, byTestId("no-devices")).toContain("Not logged in on this device.");
    await expectText(page, status).toContain("Log out everywhere: status 200");
    await expect.poll(() => tab.cookies()).toEqual([]);
  });
});
