import { startHostPage, type HostPage } from "../host-page";
import { byAriaLabel, byRole, byTestId, click, expect, expectText, inspector, setChecked, test, within } from "../firefox";

// A course page on http://host.test:PORT (another site than the lab's localhost; Firefox resolves
// every name to loopback) framing an embed. Firefox keeps a framed site's cookies in a jar of its own
// per top-level site (Total Cookie Protection): the embed keeps its cookies there, and only there.
let host: HostPage;
test.beforeAll(async () => {
  host = await startHostPage({ hostname: "host.test" });
});
test.afterAll(async () => host?.close());

test.describe("an embed on a cross-site host page in Firefox", () => {
  test("should keep the embed's cookie in the host site's partition, say third-party cookies are blocked, and keep it from the lab's own pages", async ({ tab }) => {
    const { page, baseURL } = tab;
    const lab = new URL(baseURL).origin;
    await page.goto(host.pageFor(`${lab}/embed/cookie-basics`));
    const frame = await tab.frame(lab);
    // Firefox answers document.hasStorageAccess() false in the frame: no unpartitioned cookies here.
    expect(await frame.evaluate(() => document.hasStorageAccess())).toBe(false);
    await expectText(frame, byTestId("embed-banner")).toContain(`Embedded on ${host.origin}: here our cookies are third-party cookies`);
    await expectText(frame, byTestId("embed-banner")).toContain("Your browser blocks third-party cookies here");
    await expectText(frame, byTestId("embed-banner")).toContain("Firefox keeps every one, but in a separate jar for this host site (Total Cookie Protection)");

    await click(frame, byRole("button", "Set cookie"));
    await expectText(frame, within(inspector(), byRole("status"))).toContain("Set theme: status 200, 1 Set-Cookie line received.");
    await expectText(frame, within(inspector(), byTestId("set-cookie-line"))).toContain("Set-Cookie: theme=dark; Max-Age=3600; Path=/; Secure; SameSite=None; Partitioned");
    await expectText(frame, within(inspector(), byTestId("set-cookie-line"))).toContain("Stored.");
    await expectText(frame, byAriaLabel("document.cookie")).toBe("theme=dark");
    await click(frame, byRole("button", "Read cookies"));
    await expectText(frame, byAriaLabel("Cookie request header")).toBe("Cookie: theme=dark");
    await expectText(frame, byTestId("refused-cookies")).toBeNull();

    // The lab's own page, top-level, reads the first-party jar: the embed's cookie is not in it.
    await tab.goto("/demos/cookie-basics");
    await click(page, byRole("button", "Read cookies"));
    await expectText(page, within(inspector(), byRole("status"))).toContain("Read cookies: status 200");
    await expectText(page, inspector()).toContain("No Cookie header: the browser had no cookie for this URL.");
    // Yet Firefox holds it, in the host site's partition (BiDi lists every partition's cookies).
    expect((await tab.cookies()).map((c) => [c.name, c.value])).toEqual([["theme", "dark"]]);
  });

  test("should keep a SameSite=None cookie without Partitioned in the host site's jar, though the explainer predicts it refused", async ({ tab }) => {
    const { page, baseURL } = tab;
    const lab = new URL(baseURL).origin;
    await page.goto(host.pageFor(`${lab}/embed/attributes?name=plain`));
    const frame = await tab.frame(lab);
    await expectText(frame, byTestId("embed-banner")).toContain("demo=1; Path=/; Secure; SameSite=None: refused (ThirdPartyPhaseout)");
    await setChecked(frame, byRole("checkbox", "Partitioned"), false);
    await click(frame, byRole("button", "Set cookie"));
    await expectText(frame, within(inspector(), byTestId("set-cookie-line"))).toContain("Set-Cookie: plain=1; Max-Age=3600; Path=/; Secure; SameSite=None");
    await expectText(frame, within(inspector(), byTestId("set-cookie-line"))).toContain("ThirdPartyPhaseout");
    await expectText(frame, byAriaLabel("document.cookie")).toContain("plain=1");
    await expectText(frame, byTestId("refused-cookies")).toBeNull();
  });
});
