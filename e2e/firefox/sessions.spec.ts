import { byAriaLabel, byRole, byTestId, click, expect, expectText, expectTexts, fill, inspector, setChecked, test, within } from "../firefox";

// The session demos' main flows in Firefox: the server keeps the data, Firefox keeps and sends the ID.
const status = within(inspector(), byRole("status"));
const names = async (cookies: Promise<{ name: string }[]>) => (await cookies).map((c) => c.name).sort();

test.describe("session basics in Firefox", () => {
  test("should save to a new session, read it back with the HttpOnly ID, and destroy it", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/session-basics");
    await fill(page, byRole("textbox", "Key"), "username");
    await fill(page, byRole("textbox", "Value"), "ada");
    await click(page, byRole("button", "Save to session"));
    await expectText(page, status).toContain("Save username: status 200, 1 Set-Cookie line");
    await expectText(page, within(inspector(), byTestId("set-cookie-line"))).toMatch(
      /Set-Cookie: __Host-sid=[\w-]{43}; Max-Age=1800; Path=\/; Secure; HttpOnly; SameSite=Lax/,
    );
    await expectText(page, within(inspector(), byTestId("session-outcome"))).toBe("created");

    await click(page, byRole("button", "Read session"));
    await expectText(page, status).toContain("Read session: status 200");
    await expectText(page, within(inspector(), byTestId("session-outcome"))).toBe("found");
    await expectText(page, within(inspector(), byTestId("session-data-entry"))).toBe('username: "ada"');
    await expectText(page, byAriaLabel("Cookie request header")).toMatch(/^Cookie: __Host-sid=[\w-]{43}$/);
    await expectText(page, within(inspector(), byTestId("hidden-cookie"))).toContain("__Host-sid is missing here: it was set with HttpOnly");
    const [sid] = await tab.cookies();
    expect(sid).toMatchObject({ name: "__Host-sid", httpOnly: true, secure: true, sameSite: "Lax" });
    await expectText(page, byAriaLabel("Cookie request header")).toBe(`Cookie: __Host-sid=${sid!.value}`);

    await click(page, byRole("button", "Destroy session"));
    await expectText(page, within(inspector(), byTestId("session-outcome"))).toBe("destroyed");
    await expect.poll(() => tab.cookies()).toEqual([]);
    await click(page, byRole("button", "Read session"));
    await expectText(page, within(inspector(), byTestId("session-outcome"))).toBe("none");
  });
});

test.describe("login demo in Firefox", () => {
  const flow = async (page: import("puppeteer-core").Page) => {
    await click(page, byRole("button", "Log in"));
    await expectText(page, byTestId("login-notice")).toContain("Logged in as ada");
    await click(page, byRole("button", "Steal the cookie"));
    await expectText(page, byTestId("login-notice")).toContain("Copied");
    await click(page, byRole("button", "Log out"));
    await expectText(page, byTestId("login-notice")).toContain("Logged out");
  };

  test("should log in on a server session, log out, and refuse the replayed copy", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/login");
    await click(page, byRole("button", "Browse first"));
    await expectText(page, status).toContain("Browse first (Server session): status 200");
    const before = (await tab.cookies()).find((c) => c.name === "__Host-sid")!.value;
    await flow(page);
    // Login moved the session to a new ID; logout deleted it from the jar.
    await expectText(page, byTestId("previous-id")).toBe(before);
    await expectText(page, byTestId("new-id")).not.toBe(before);
    expect(await tab.cookies()).toEqual([]);
    await click(page, byRole("button", "Replay the stolen copy"));
    await expectText(page, byTestId("replay-verdict")).toContain("Refused: unknown session");
    await expectText(page, within(inspector(), byAriaLabel("Cookie request header"))).toContain(
      (await page.$eval(byTestId("stolen-cookie"), (e) => (e as HTMLElement).innerText)).trim(),
    );
    await expectText(page, within(inspector(), byTestId("set-cookie-line"))).toContain("__Host-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0");
    await expect.poll(() => tab.cookies()).toEqual([]);
  });

  for (const [label, cookie] of [
    ["Sealed cookie", "__Host-sealed"],
    ["JWT", "__Host-jwt"],
  ] as const) {
    test(`should log in with a ${label}, log out, and still accept the replayed copy`, async ({ tab }) => {
      const { page } = tab;
      await tab.goto("/demos/login");
      await setChecked(page, byRole("radio", label));
      await click(page, byRole("button", "Log in"));
      await expectText(page, byTestId("login-notice")).toContain("Logged in as ada");
      expect(await names(tab.cookies())).toEqual([cookie]);
      await click(page, byRole("button", "Steal the cookie"));
      await click(page, byRole("button", "Log out"));
      await expectText(page, byTestId("login-notice")).toContain("Logged out");
      expect(await tab.cookies()).toEqual([]);
      await click(page, byRole("button", "Replay the stolen copy"));
      await expectText(page, byTestId("replay-verdict")).toContain("Still accepted: logged in as ada");
      await expectText(page, byTestId("replay-verdict")).toContain("revocation gap");
      // The copy the page wrote back with document.cookie is in Firefox's jar again.
      expect(await names(tab.cookies())).toEqual([cookie]);
    });
  }
});

test.describe("tamper lab in Firefox", () => {
  test("should accept the untouched cookies, then believe the edited raw one and refuse the edited seal, JWT and session ID", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/tamper");
    await click(page, byRole("button", "Issue the four cookies"));
    await expectText(page, byTestId("tamper-notice")).toContain("Four lab cookies issued");
    expect(await names(tab.cookies())).toEqual(["lab_jwt", "lab_raw", "lab_sealed", "lab_sid"]);
    await click(page, byRole("button", "Ask the server: who am I?"));
    await expectTexts(page, '[data-testid^="verdict-"]').toEqual(Array(4).fill(expect.stringContaining("Accepted: you are ada, role user")));

    await click(page, byRole("button", "Make me admin (Raw cookie)"));
    await click(page, byRole("button", "Change one character (Sealed cookie (iron-session))"));
    await click(page, byRole("button", "Make me admin (keep the old signature) (JWT (HS256))"));
    await click(page, byRole("button", "Change one character (Server session ID)"));
    await click(page, byRole("button", "Ask the server: who am I?"));
    await expectText(page, byTestId("verdict-cookie")).toContain("Fooled: the server takes you for ada, role admin");
    await expectText(page, byTestId("verdict-sealed")).toContain("Refused: unreadable");
    await expectText(page, byTestId("verdict-jwt")).toContain("Refused: the signature does not match");
    await expectText(page, byTestId("verdict-server")).toContain("Refused: unknown session");
    await expectText(page, within(inspector(), byAriaLabel("Cookie request header"))).toContain("lab_raw=user=ada&role=admin");
    expect((await tab.cookies()).find((c) => c.name === "lab_raw")?.value).toBe("user=ada&role=admin");
  });
});

test.describe("mechanisms demo in Firefox", () => {
  test("should store the data four ways, then refuse only the server session's copy after revoking", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/mechanisms");
    await click(page, byRole("button", "Store it four ways"));
    await expectText(page, byTestId("mechanisms-notice")).toContain("Stored");
    await expectText(page, byTestId("bytes-cookie")).toBe("22 bytes");
    await expectText(page, byTestId("server-data")).toContain('{"theme":"dark","cart":2} in its sqlite store');
    expect(await names(tab.cookies())).toEqual(["__Host-jwt", "__Host-sealed", "__Host-sid", "prefs"]);
    await click(page, byRole("button", "Try to revoke (Server session)"));
    await expectText(page, byTestId("revoke-server")).toContain("Refused: unknown session");
    await click(page, byRole("button", "Try to revoke (JWT)"));
    await expectText(page, byTestId("revoke-jwt")).toMatch(/^Still accepted: the server still reads \{"theme":"dark","cart":2[,}]/);
  });
});

test.describe("stores demo in Firefox", () => {
  const verdict = (kind: string) => within(byTestId(`store-${kind}`), byTestId("store-verdict"));

  test("should lose the memory session on a simulated restart while the SQLite one survives", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/stores");
    await expectText(page, byTestId("store-redis")).toContain("Redis is not configured here");
    await click(page, byRole("button", "Write to every store"));
    await expectText(page, verdict("sqlite")).toBe('Holds {"cart":1}');
    await expectText(page, verdict("memory")).toBe('Holds {"cart":1}');
    await click(page, byRole("button", "Restart the memory store (simulated)"));
    await expectText(page, within(inspector(), byTestId("server-summary"))).toContain("Simulated restart: this browser's memory store was emptied");
    await click(page, byRole("button", "Read every store"));
    await expectText(page, verdict("memory")).toMatch(/^Lost: the browser sent its cookie/);
    await expectText(page, verdict("sqlite")).toBe('Holds {"cart":1}');
  });
});

test.describe("cart demo in Firefox", () => {
  test("should grow the raw cart cookie while the session cookie stays one ID, and ignore a script's overwrite of the HttpOnly ID", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/cart");
    for (const [item, rows] of [
      ["tea", 1],
      ["scone", 2],
      ["jam", 3],
    ] as const) {
      await click(page, byRole("button", `Add ${item} to both carts`));
      await expectTexts(page, within(byTestId("bytes-table"), "tbody tr")).toHaveLength(rows);
    }
    await expectTexts(page, within(byTestId("bytes-table"), "tbody td:nth-child(2)")).toEqual([
      expect.stringMatching(/^8 B/),
      expect.stringMatching(/^14 B/),
      expect.stringMatching(/^18 B/),
    ]);
    await expectTexts(page, within(byTestId("bytes-table"), "tbody td:nth-child(3)")).toEqual(Array(3).fill(expect.stringMatching(/^54 B/)));
    await expectText(page, byTestId("session-cart-total")).toBe("$12.75");
    await expectText(page, byTestId("raw-cart-total")).toBe("$12.75");
    const sid = (await tab.cookies()).find((c) => c.name === "__Host-sid")!.value;
    expect((await tab.cookies()).find((c) => c.name === "cart")?.value).toBe("tea.scone.jam");

    await click(page, byRole("button", "Try to overwrite the session cookie from JavaScript"));
    await expectText(page, byTestId("edit-outcome")).toMatch(/^Firefox \d+ ignored the overwrite: JavaScript may not replace an HttpOnly cookie\./);
    await expectText(page, byTestId("session-cart")).toContain("1 × Tea");
    expect((await tab.cookies()).find((c) => c.name === "__Host-sid")?.value).toBe(sid);
  });
});

test.describe("expiry demo in Firefox", () => {
  test("should end a session once the quick idle timer runs out, as the page announces", async ({ tab }) => {
    const { page } = tab;
    await tab.goto("/demos/expiry");
    await fill(page, byRole("combobox", "Timers"), "quick");
    await setChecked(page, byRole("radio", "Off: only writes extend it"));
    await click(page, byRole("button", "Write (start or update)"));
    await expectText(page, within(inspector(), byTestId("server-summary"))).toContain("A new session was created");
    await expectText(page, within(inspector(), byTestId("set-cookie-line"))).toMatch(/__Host-expiry-sid=[\w-]{43}; Path=\/; Secure; HttpOnly; SameSite=Lax/);
    expect(await names(tab.cookies())).toEqual(["__Host-expiry-sid"]);
    // The page announces the moment the 4 s idle timer runs out; the server decides at the next request.
    await expect
      .poll(() => page.$eval(byTestId("expiry-announcement"), (e) => e.textContent ?? ""), { timeout: 10_000 })
      .toMatch(/The idle timeout has passed/);
    await click(page, byRole("button", "Read"));
    await expectText(page, within(inspector(), byTestId("server-summary"))).toMatch(/idle for longer than 4 seconds, so the server ended it/);
    await expectText(page, within(inspector(), byTestId("set-cookie-line"))).toContain("__Host-expiry-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0");
    await expectText(page, byTestId("countdown")).toContain("No live session");
    await expect.poll(() => tab.cookies()).toEqual([]);
  });
});
