import { describe, expect, it } from "vitest";
import { buildClearCookie, buildSetCookie, CookieSyntaxError, quote } from "./build";
import { explain } from "./explain";

describe("buildSetCookie", () => {
  it("should write the name, the value and every attribute in a fixed order", () => {
    expect(
      buildSetCookie({
        name: "theme",
        value: "dark",
        expires: new Date("2030-01-02T03:04:05Z"),
        maxAge: 60,
        domain: "example.com",
        path: "/docs",
        secure: true,
        httpOnly: true,
        sameSite: "None",
        partitioned: true,
      }),
    ).toBe("theme=dark; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Max-Age=60; Domain=example.com; Path=/docs; Secure; HttpOnly; SameSite=None; Partitioned");
  });

  it("should write a bare session cookie when no attribute is asked for", () => {
    expect(buildSetCookie({ name: "a", value: "" })).toBe("a=");
  });

  it("should keep the value exactly as given, without percent-encoding it", () => {
    expect(buildSetCookie({ name: "q", value: "%7B%22a%22%3A1%7D" })).toBe("q=%7B%22a%22%3A1%7D");
    expect(buildSetCookie({ name: "q", value: '"quoted"' })).toBe('q="quoted"');
  });

  it("should still write lines a browser will refuse, so the lab can show the refusal", () => {
    expect(buildSetCookie({ name: "__Host-x", value: "1", sameSite: "None", domain: "localhost" })).toBe("__Host-x=1; Domain=localhost; SameSite=None");
  });

  it.each([
    ["an empty name", "", "v", "invalid_cookie_name"],
    ["a space in the name", "my pref", "v", "invalid_cookie_name"],
    ["a semicolon in the name", "a;b", "v", "invalid_cookie_name"],
    ["an equals sign in the name", "a=b", "v", "invalid_cookie_name"],
    ["a comma in the name", "a,b", "v", "invalid_cookie_name"],
    ["a non-ASCII name", "café", "v", "invalid_cookie_name"],
    ["CR LF in the name", "a\r\nSet-Cookie: x", "v", "invalid_cookie_name"],
    ["a semicolon in the value", "a", "x; Domain=evil.com", "invalid_cookie_value"],
    ["a comma in the value", "a", "x,y", "invalid_cookie_value"],
    ["a space in the value", "a", "x y", "invalid_cookie_value"],
    ["CR LF in the value", "a", "x\r\nSet-Cookie: evil=1", "invalid_cookie_value"],
    ["a NUL in the value", "a", "x\u0000y", "invalid_cookie_value"],
    ["a tab in the value", "a", "x\ty", "invalid_cookie_value"],
    ["a backslash in the value", "a", "x\\y", "invalid_cookie_value"],
    ["non-ASCII in the value", "a", "naïve", "invalid_cookie_value"],
  ])("should refuse %s with a CookieSyntaxError naming the value", (_, name, value, code) => {
    const attempt = () => buildSetCookie({ name, value });
    expect(attempt).toThrow(CookieSyntaxError);
    const named = name === "" ? "the name is empty" : quote(code === "invalid_cookie_name" ? name : value);
    expect(attempt).toThrow(expect.objectContaining({ code, message: expect.stringContaining(named) }));
  });

  it.each([
    ["a semicolon in Path", { path: "/a;Domain=evil" }, "invalid_path"],
    ["CR LF in Path", { path: "/\r\nX: 1" }, "invalid_path"],
    ["a comma in Path, which would split the header into a second cookie", { path: "/x, lab_raw=user=ada&role=admin" }, "invalid_path"],
    ["a Path over 1024 bytes", { path: `/${"a".repeat(1024)}` }, "invalid_path"],
    ["a space in Domain", { domain: "exa mple.com" }, "invalid_domain"],
    ["a semicolon in Domain", { domain: "a.com;Secure" }, "invalid_domain"],
    ["NUL in Domain", { domain: "a.com\u0000" }, "invalid_domain"],
    ["a fractional Max-Age", { maxAge: 1.5 }, "invalid_max_age"],
    ["an invalid date", { expires: new Date("nope") }, "invalid_expires"],
  ])("should refuse %s", (_, extra, code) => {
    expect(() => buildSetCookie({ name: "a", value: "b", ...extra })).toThrow(expect.objectContaining({ code }));
  });
});

describe("buildClearCookie", () => {
  it("should delete with an empty value, a past Expires and Max-Age=0 on Path=/ by default", () => {
    expect(buildClearCookie("theme")).toBe("theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
  });

  it("should keep the cookie's own Path and Domain so the browser deletes the right cookie", () => {
    expect(buildClearCookie("t", { path: "/api", domain: "localhost" })).toBe(
      "t=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Domain=localhost; Path=/api",
    );
  });

  it("should add Secure when the name has a __Secure- or __Host- prefix, which the browser requires", () => {
    expect(buildClearCookie("__Host-sid")).toContain("; Secure");
    expect(buildClearCookie("__secure-x")).toContain("; Secure");
  });

  it("should add Secure and HttpOnly for an __Http- or __Host-Http- name, or the browser keeps the cookie", () => {
    expect(buildClearCookie("__Http-id")).toBe("__Http-id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure; HttpOnly");
    expect(buildClearCookie("__host-http-sid")).toBe("__host-http-sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; Secure; HttpOnly");
    expect(buildClearCookie("__Host-sid")).not.toContain("HttpOnly");
  });

  it("should write a line the explainer accepts as deleting each prefixed cookie", () => {
    for (const name of ["__Secure-a", "__Host-a", "__Http-a", "__Host-Http-a"]) {
      const set = `${name}=1; Path=/; Secure; HttpOnly`;
      const result = explain({ setCookie: [set, buildClearCookie(name)], url: "https://shop.example/", now: "2026-12-01T00:00:00Z" });
      expect(result.cookies[1]?.reason?.code, name).toBe("Expired");
      expect(result.cookieHeader, name).toBeNull();
    }
  });
});
