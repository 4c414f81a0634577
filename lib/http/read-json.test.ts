import { describe, expect, it } from "vitest";
import { jsonDepth } from "./read-json";

describe("jsonDepth", () => {
  it.each([
    ["a number", "1", 0],
    ["an empty object", "{}", 1],
    ["objects and arrays", '{"a":[{"b":[]}],"c":{}}', 4],
    ["brackets inside strings", '{"a":"[[[{{{","b":"\\"[["}', 1],
    ["an escaped backslash before a closing quote", '["\\\\", [[]]]', 3],
    ["4,000 levels", `${"[".repeat(4000)}${"]".repeat(4000)}`, 4000],
  ])("should count %s", (_label, text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});
