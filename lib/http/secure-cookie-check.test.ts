import { describe, expect, it } from "vitest";
import { checkSecureCookies, type CookiePage } from "./secure-cookie-check";

/** A page whose cookie jar keeps or drops Secure cookies set from script, as the two kinds of browser do on http://localhost. */
function page(url: string, keepsSecure: boolean): CookiePage & { jar: Map<string, string> } {
  const jar = new Map<string, string>();
  const { protocol, hostname } = new URL(url);
  return {
    jar,
    location: { protocol, hostname },
    document: {
      get cookie() {
        return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
      },
      set cookie(line: string) {
        const [pair, ...attributes] = line.split("; ");
        const [name, value] = pair!.split("=") as [string, string];
        if (attributes.includes("Secure") && !keepsSecure) return;
        if (attributes.includes("Max-Age=0")) jar.delete(name);
        else jar.set(name, value);
      },
    },
  };
}

describe("checkSecureCookies", () => {
  it("should leave nothing behind in a browser that keeps Secure cookies on http://localhost (Chrome, Firefox)", () => {
    const chrome = page("http://localhost:3000/learn", true);
    expect(checkSecureCookies(chrome)).toBe("keeps");
    expect([...chrome.jar]).toEqual([]);
  });

  it("should set the plain flag cookie in a browser that drops them (Safari), and not probe again while it lasts", () => {
    const safari = page("http://127.0.0.1:3000/", false);
    expect(checkSecureCookies(safari)).toBe("drops");
    expect([...safari.jar]).toEqual([["lab-plain-cookies", "1"]]);
    expect(checkSecureCookies(safari)).toBe("drops");
  });

  it.each(["https://localhost:3000/", "http://lab.example/", "https://lab.example/"])("should not probe on %s, where every browser agrees", (url) => {
    const browser = page(url, false);
    expect(checkSecureCookies(browser)).toBe("not-applicable");
    expect([...browser.jar]).toEqual([]);
  });
});
