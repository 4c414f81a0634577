import { describe, expect, it } from "vitest";
import { explain } from "./explain";
import { pastedSetCookieLines, strippedNote } from "./pasted-lines";

describe("pastedSetCookieLines", () => {
  it.each([
    ["Set-Cookie: foo=bar", ["foo=bar"], [1]],
    ["set-cookie:foo=bar; Path=/", ["foo=bar; Path=/"], [1]],
    ["  SET-COOKIE :\tfoo=bar", ["foo=bar"], [1]],
    ["foo=bar", ["foo=bar"], []],
    ["a=1\n\nSet-Cookie: b=2\r\n  \nc=3", ["a=1", "b=2", "c=3"], [2]],
    ["Cookie: foo=bar", ["Cookie: foo=bar"], []],
    ["x=Set-Cookie: y", ["x=Set-Cookie: y"], []],
  ])("should read %j as %j, stripping lines %j", (text, lines, stripped) => {
    expect(pastedSetCookieLines(text)).toEqual({ lines, stripped });
  });

  it("should say which lines lost their header name, and nothing when none did", () => {
    expect(strippedNote(pastedSetCookieLines("Set-Cookie: a=1"))).toBe(
      'Removed the header name "Set-Cookie:" from the start of line 1: a browser gets only what follows it, so that is what is explained.',
    );
    expect(strippedNote(pastedSetCookieLines("Set-Cookie: a=1\nb=2\nSet-Cookie: c=3"))).toContain("from the start of lines 1, 3:");
    expect(strippedNote(pastedSetCookieLines("a=1"))).toBeNull();
  });
});

describe("explain, given a line that still has its header name", () => {
  it("should warn that a browser takes the header name as part of the cookie's name", () => {
    const [cookie] = explain({ setCookie: "Set-Cookie: foo=bar", url: "https://example.com/" }).cookies;
    expect(cookie!.name).toBe("Set-Cookie: foo");
    expect(cookie!.warnings).toContain(
      'The line starts with the header name "Set-Cookie:", so a browser takes "Set-Cookie: foo" as the cookie\'s name. Send (or paste) only what follows "Set-Cookie: ".',
    );
  });
});
