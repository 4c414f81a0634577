import { describe, expect, it } from "vitest";
import type { Exchange } from "@/lib/exchange/exchange";
import { holdingsOf, revokeVerdict } from "./holdings";

function exchange(setCookie: string[], server: Record<string, unknown> = {}, cookieHeader: string | null = null): Exchange {
  const cookies = cookieHeader ? cookieHeader.split("; ").map((p) => ({ name: p.split("=")[0]!, value: p.slice(p.indexOf("=") + 1) })) : [];
  return {
    request: { method: "GET", url: "http://localhost/", cookieHeader, cookies },
    response: { status: 200, setCookie },
    server: { mechanism: "server", summary: "", instance: "test", ...server },
  };
}

describe("what each side holds", () => {
  it("should count the raw cookie's name and value in bytes and see it is readable by JavaScript", () => {
    const h = holdingsOf("cookie", exchange(["prefs=theme=dark&cart=2; Max-Age=3600; Path=/; SameSite=Lax"]));
    expect(h).toMatchObject({ bytes: 22, httpOnly: false, serverData: null });
  });

  it("should show the server session's data and store, and its cookie as HttpOnly", () => {
    const h = holdingsOf(
      "server",
      exchange(["__Host-sid=abc; Max-Age=1800; Path=/; Secure; HttpOnly; SameSite=Lax"], { store: "sqlite", session: { data: { theme: "dark" } } }),
    );
    expect(h).toMatchObject({ cookie: { name: "__Host-sid", value: "abc" }, bytes: 13, httpOnly: true, serverData: { theme: "dark" }, store: "sqlite" });
  });
});

describe("the verdict after trying to revoke", () => {
  it("should say a raw cookie copy is still believed when it comes back", () => {
    expect(revokeVerdict("cookie", exchange([], {}, "prefs=theme=dark&cart=2"))).toMatchObject({ accepted: true });
  });

  it("should say a server session copy is refused once the record is deleted", () => {
    expect(revokeVerdict("server", exchange([], { outcome: "unknown_id", session: null }, "__Host-sid=abc"))).toMatchObject({
      accepted: false,
      headline: "Refused: unknown session",
    });
  });
});
