import { describe, expect, it } from "vitest";
import { pageCookieAssignment, pageCookieValue } from "./page-cookie";

describe("writing a cookie from page JavaScript", () => {
  it("should add Path=/ and Secure so a __Host- cookie is accepted and replaced", () => {
    expect(pageCookieAssignment("__Host-sid", "abc", { secure: true })).toBe("__Host-sid=abc; Path=/; Secure; SameSite=Lax");
  });

  it("should leave Secure out on an insecure page and keep the lifetime asked for", () => {
    expect(pageCookieAssignment("lab_raw", "user=ada&role=admin", { secure: false, maxAge: 3600, sameSite: "Strict" })).toBe(
      "lab_raw=user=ada&role=admin; Path=/; Max-Age=3600; SameSite=Strict",
    );
  });

  it("should write the cross-site form in an embed, whatever SameSite was asked", () => {
    expect(pageCookieAssignment("lab_raw", "x", { secure: true, maxAge: 60, sameSite: "Strict", crossSite: true })).toBe(
      "lab_raw=x; Path=/; Max-Age=60; Secure; SameSite=None; Partitioned",
    );
  });

  it.each(["a b", "a;b", 'a"b', "a,b", "a\\b"])("should refuse to write %j, which would break the cookie", (value) => {
    expect(() => pageCookieAssignment("x", value, { secure: true })).toThrow(TypeError);
  });

  it("should read one cookie's value out of document.cookie, keeping = in the value", () => {
    expect(pageCookieValue("a=1; lab_raw=user=ada&role=user; b=2", "lab_raw")).toBe("user=ada&role=user");
    expect(pageCookieValue("a=1", "lab_raw")).toBeNull();
  });
});
