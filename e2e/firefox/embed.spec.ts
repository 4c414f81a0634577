import { startHostPage, type HostPage } from "../host-page";
import { byAriaLabel, byRole, byTestId, click, expect, expectText, expectTexts, inspector, setChecked, test, within } from "../firefox";

// A course page on http://host.test:PORT (another site than the lab's localhost; Firefox resolves
// every name to loopback) framing an embed. Firefox keeps a framed site's cookies in a jar of its own
// per top-level site (Total Cookie Protection): the embed keeps its cookies there, and only there.
let host: HostPage;
test.beforeAll(async () => {
  host = await startHostPage({ hostname: "host.test" });
});
test.afterAll(async () => host?.close());

test.describe("an embed on a cross-site host page in Firefox", () => {
  test("should keep the embed's cookie in the host site's partition, say Firefox partitions third-party cookies (not blocks them) with Firefox's verdicts, and keep it from the lab's own pages", async ({
    tab,
  }) => {
    const { page, baseURL } = tab;
    const lab = new URL(baseURL).origin;
    await page.goto(host.pageFor(`${lab}/embed/cookie-basics`));
    const frame = await tab.frame(lab);
    // Firefox answers document.hasStorageAccess() false in the frame: no unpartitioned cookies here.
    expect(await frame.evaluate(() => document.hasStorageAccess())).toBe(false);
    await expectText(frame, byTestId("embed-banner")).toContain(`Embedded on ${host.origin}: here our cookies are third-party cookies`);
    // Not blocking: partitioning, Firefox's default, and the verdicts are Firefox's.
    const banner = byTestId("embed-banner");
    await expectText(frame, banner).toMatch(
      /Your browser, Firefox \d+, keeps third-party cookies here, Partitioned or not, but each in a separate jar for this host site \(Total Cookie Protection\)/,
    );
    await expectText(frame, banner).not.toContain("blocks third-party cookies");
    await expectText(frame, within(banner, byTestId("embed-banner-verdicts"))).toMatch(/^The verdicts below are Firefox \d+'s\.$/);
    await expectTexts(frame, within(banner, "li")).toEqual([
      "demo=1; Path=/; Secure; SameSite=None; Partitioned: kept, partitioned (CHIPS)",
      "demo=1; Path=/; Secure; SameSite=None: kept, partitioned (Total Cookie Protection)",
      "demo=1; Path=/; SameSite=Lax: refused (SameSiteLax)",
    ]);

    await click(frame, byRole("button", "Set cookie"));
    await expectText(frame, within(inspector(), byRole("status"))).toContain("Set demo_theme: status 200, 1 Set-Cookie line received.");
    await expectText(frame, within(inspector(), byTestId("set-cookie-line"))).toContain(
      "Set-Cookie: demo_theme=dark; Max-Age=3600; Path=/; Secure; SameSite=None; Partitioned",
    );
    await expectText(frame, within(inspector(), byTestId("set-cookie-line"))).toContain("Stored.");
    await expectText(frame, byAriaLabel("document.cookie")).toBe("demo_theme=dark");
    await click(frame, byRole("button", "Read cookies"));
    await expectText(frame, byAriaLabel("Cookie request header")).toBe("Cookie: demo_theme=dark");
    await expectText(frame, byTestId("refused-cookies")).toBeNull();

    // The lab's own page, top-level, reads the first-party jar: the embed's cookie is not in it.
    await tab.goto("/demos/cookie-basics");
    await click(page, byRole("button", "Read cookies"));
    await expectText(page, within(inspector(), byRole("status"))).toContain("Read cookies: status 200");
    await expectText(page, inspector()).toContain("No Cookie header: the browser had no cookie for this URL.");
    // Yet Firefox holds it, in the host site's partition (BiDi lists every partition's cookies).
    expect((await tab.cookies()).map((c) => [c.name, c.value])).toEqual([["demo_theme", "dark"]]);
  });

  test("should keep a SameSite=None cookie without Partitioned in the host site's jar, as the explainer predicts", async ({ tab }) => {
    const { page, baseURL } = tab;
    const lab = new URL(baseURL).origin;
    await page.goto(host.pageFor(`${lab}/embed/attributes?name=plain`));
    const frame = await tab.frame(lab);
    await expectText(frame, byTestId("embed-banner")).toContain("demo=1; Path=/; Secure; SameSite=None: kept, partitioned (Total Cookie Protection)");
    await setChecked(frame, byRole("checkbox", "Partitioned"), false);
    await click(frame, byRole("button", "Set cookie"));
    const line = within(inspector(), byTestId("set-cookie-line"));
    await expectText(frame, line).toContain("Set-Cookie: plain=1; Max-Age=3600; Path=/; Secure; SameSite=None");
    await expectText(frame, line).toContain(
      "Stored. The browser keeps this cookie. Partitioned: Firefox keeps it in a separate jar for the top-level site (Total Cookie Protection)",
    );
    await expectText(frame, line).not.toContain("ThirdPartyPhaseout");
    await expectText(frame, byAriaLabel("document.cookie")).toContain("plain=1");
    await expectText(frame, byTestId("refused-cookies")).toBeNull();
    expect((await tab.cookies()).map((c) => [c.name, c.value])).toEqual([["plain", "1"]]);
  });
});
