import { describe, expect, it } from "vitest";
import { parseCookieDate, parseCookieDateDetailed } from "./date";
import { loadDateCases } from "./testing/http-state";

/** The corpus writes expectations as "Sat, 15 Apr 2017 21:01:22 GMT"; read them without Date.parse. */
function expectedInstant(text: string): number {
  const m = /^\w{3}, (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(text);
  if (!m) throw new Error(`Unexpected expectation format: ${text}`);
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].indexOf(m[2]!);
  return Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}

describe("parseCookieDate against the http-state date corpus", () => {
  const examples = loadDateCases("examples.json");
  const bsd = loadDateCases("bsd-examples.json");

  it("should load all 70 corpus dates", () => {
    expect(examples).toHaveLength(15);
    expect(bsd).toHaveLength(55);
  });

  it.each([...examples, ...bsd].map((c) => [c.test, c.expected] as const))("should parse %j as %s", (input, expected) => {
    const parsed = parseCookieDate(input);
    if (expected === null) expect(parsed).toBeNull();
    else expect(parsed?.getTime()).toBe(expectedInstant(expected));
  });
});

describe("parseCookieDate edge cases", () => {
  it.each([
    ["Thu, 01 Jan 1970 00:00:00 GMT", Date.UTC(1970, 0, 1)],
    ["Sat, 29 Feb 2020 12:00:00 GMT", Date.UTC(2020, 1, 29, 12)],
    ["1 jan 69 00:00:00", Date.UTC(2069, 0, 1)],
    ["1 jan 70 00:00:00", Date.UTC(1970, 0, 1)],
    ["1 Jan 1601 00:00:00", Date.UTC(1601, 0, 1)],
    ["1 Dec 9999 23:59:59", Date.UTC(9999, 11, 1, 23, 59, 59)],
  ])("should parse %j", (input, expected) => {
    expect(parseCookieDate(input)?.getTime()).toBe(expected);
  });

  it.each([
    ["", "no hh:mm:ss time"],
    ["31 Feb 2020 00:00:00", "Feb 31 does not exist in 2020"],
    ["29 Feb 2021 00:00:00", "does not exist"],
    ["1 Jan 1600 00:00:00", "before 1601"],
    ["0 Jan 2020 00:00:00", "not between 1 and 31"],
    ["1 Jan 2020 24:00:00", "hour 24"],
    ["1 Jan 2020 00:60:00", "minute 60"],
    ["1 Jan 2020 00:00:60", "second 60"],
    ["1 2020 00:00:00", "no month"],
  ])("should refuse %j and say why (%s)", (input, why) => {
    const result = parseCookieDateDetailed(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(why);
  });
});
