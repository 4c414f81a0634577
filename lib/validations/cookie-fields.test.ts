import { describe, expect, it } from "vitest";
import { buildSetCookie, CookieSyntaxError } from "../cookie/build";
import { setCookieBody } from "./cookie";
import { cookieDomainProblem, cookieNameProblem, cookiePathProblem, cookieValueProblem, MAX_NAME_CHARS, MAX_VALUE_CHARS } from "./cookie-fields";

/** What POST /api/cookies answers for this body: its schema, then the builder. null when it sets the cookie. */
function serverRefusal(body: Record<string, unknown>): string | null {
  const parsed = setCookieBody.safeParse(body);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  try {
    buildSetCookie(parsed.data);
    return null;
  } catch (err) {
    if (err instanceof CookieSyntaxError) return err.message;
    throw err;
  }
}

describe("cookie field checks", () => {
  it.each(["theme", "__Host-sid", "a!b#c$d%e&f'g*h+i-j.k^l_m`n|o~p", "X".repeat(MAX_NAME_CHARS)])("should accept the name %j, as the server does", (name) => {
    expect(cookieNameProblem(name)).toBeNull();
    expect(serverRefusal({ name, value: "1" })).toBeNull();
  });

  it.each(["", "bad name", "a;b", "a=b", "a,b", 'a"b', "thé", "X".repeat(MAX_NAME_CHARS + 1)])(
    "should refuse the name %j with the server's own sentence",
    (name) => {
      const problem = cookieNameProblem(name);
      expect(problem).not.toBeNull();
      expect(problem).toBe(serverRefusal({ name, value: "1" }));
    },
  );

  it.each(["", "dark", '"quoted"', "a.b-c_d~e!f", "X".repeat(MAX_VALUE_CHARS)])("should accept the value %j, as the server does", (value) => {
    expect(cookieValueProblem(value)).toBeNull();
    expect(serverRefusal({ name: "n", value })).toBeNull();
  });

  it.each(["a b", "a;b", "a,b", "a\\b", 'a"b', "café", "X".repeat(MAX_VALUE_CHARS + 1)])(
    "should refuse the value %j with the server's own sentence",
    (value) => {
      const problem = cookieValueProblem(value);
      expect(problem).not.toBeNull();
      expect(problem).toBe(serverRefusal({ name: "n", value }));
    },
  );

  it.each([
    ["/", null],
    ["/api/cart", null],
    ["/a;b", "cannot be sent in a Set-Cookie header"],
    ["/a,b", "a comma could split the Set-Cookie header"],
  ])("should judge the Path %j as the server does", (path, refusal) => {
    const problem = cookiePathProblem(path);
    expect(problem).toBe(serverRefusal({ name: "n", value: "1", path }));
    if (refusal === null) expect(problem).toBeNull();
    else expect(problem).toContain(refusal);
  });

  it("should take an empty Domain as none, and refuse one with a space as the server does", () => {
    expect(cookieDomainProblem("")).toBeNull();
    expect(cookieDomainProblem("example.com")).toBeNull();
    expect(cookieDomainProblem("exa mple.com")).toBe(serverRefusal({ name: "n", value: "1", domain: "exa mple.com" }));
    expect(cookieDomainProblem("exa mple.com")).toContain("a domain is a host name");
  });
});
