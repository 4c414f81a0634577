import { describe, expect, it } from "vitest";
import { octets } from "../cookie/grammar";
import { LONG_RUN, shortenLongRuns } from "./shorten";

describe("shortenLongRuns", () => {
  it("should leave a header with only short runs as it is", () => {
    const line = "demo_theme=dark; Max-Age=3600; Path=/; SameSite=Lax";
    expect(shortenLongRuns(line)).toEqual({ text: line, cut: false });
  });

  it("should keep a JWT-sized value whole", () => {
    const jwt = `${"a".repeat(36)}.${"b".repeat(200)}.${"c".repeat(43)}`;
    expect(shortenLongRuns(`Cookie: jwt=${jwt}`).cut).toBe(false);
  });

  it("should cut a 4 KB value to its start and end with the bytes it hides, and keep the attributes", () => {
    const value = `S${"x".repeat(4000)}E`;
    const { text, cut } = shortenLongRuns(`big=${value}; Path=/; SameSite=Lax`);
    expect(cut).toBe(true);
    expect(text).toBe(`big=S${"x".repeat(39)}…[+3,950 bytes]…${"x".repeat(11)}E; Path=/; SameSite=Lax`);
  });

  it.each([
    ["a cookie string", `a=1; big=${"y".repeat(LONG_RUN + 1)}; b=2`, /^a=1; big=y{40}…\[\+349 bytes\]…y{12}; b=2$/],
    ["JSON", `{"filler":"${"z".repeat(1000)}"}`, /^\{"filler":"z{40}…\[\+948 bytes\]…z{12}"\}$/],
  ])("should shorten the long run inside %s", (_, input, expected) => {
    expect(shortenLongRuns(input).text).toMatch(expected);
  });

  it("should count the hidden part in UTF-8 bytes, not characters", () => {
    const value = "é".repeat(500);
    expect(shortenLongRuns(value).text).toContain(`[+${octets("é".repeat(448))} bytes]`);
    expect(octets("é".repeat(448))).toBe(896);
  });
});
