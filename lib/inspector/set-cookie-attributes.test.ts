import { describe, expect, it } from "vitest";
import { isDeletion, splitSetCookie } from "./set-cookie-attributes";

describe("splitSetCookie", () => {
  it("should split the pair at the first = and the attributes at each ;", () => {
    expect(splitSetCookie("a=b=c; Path=/; Secure")).toEqual({
      name: "a",
      value: "b=c",
      attributes: [
        { name: "Path", value: "/" },
        { name: "Secure", value: null },
      ],
    });
  });

  it("should read a pair without = as a nameless cookie", () => {
    expect(splitSetCookie("justvalue")).toMatchObject({ name: "", value: "justvalue" });
  });
});

describe("isDeletion", () => {
  it.each([
    ["t=; Max-Age=0", true],
    ["t=; Max-Age=-5", true],
    ["t=; Expires=Thu, 01 Jan 1970 00:00:00 GMT", true],
    ["t=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT", false],
    ["t=1; Max-Age=60", false],
    ["t=1", false],
  ])("should read %j as deletion: %s", (line, expected) => {
    expect(isDeletion(splitSetCookie(line))).toBe(expected);
  });
});
