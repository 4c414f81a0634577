import { describe, expect, it } from "vitest";
import { shortDuration, formatBytes, relativeTime, shortJson } from "./session-view";

describe("session view helpers", () => {
  it.each([
    ["2030-01-01T00:30:00.000Z", "in 30 min"],
    ["2030-01-01T08:00:00.000Z", "in 8 h"],
    ["2029-12-31T23:59:55.000Z", "5 s ago"],
    ["2030-01-01T00:00:00.400Z", "now"],
  ])("should say %s is %s from midnight", (iso, words) => {
    expect(relativeTime(iso, Date.parse("2030-01-01T00:00:00.000Z"))).toBe(words);
  });

  it("should cut a megabyte value to a short preview but report its real size", () => {
    const out = shortJson("x".repeat(1_000_000));
    expect(out.cut).toBe(true);
    expect(out.text).toHaveLength(81);
    expect(out.bytes).toBe(1_000_002);
    expect(shortJson("ada")).toEqual({ text: '"ada"', cut: false, bytes: 5 });
  });

  it.each([
    [1, "1 byte"],
    [54, "54 bytes"],
    [4097, "4,097 bytes"],
    [1_048_576, "1,048,576 bytes"],
  ])("should write %i as %s", (n, words) => {
    expect(formatBytes(n)).toBe(words);
  });
});

describe("shortDuration", () => {
  it.each([
    [20, "20 s"],
    [60, "60 s"],
    [1800, "30 min"],
    [5400, "90 min"],
    [28800, "8 h"],
    [9000, "2.5 h"],
  ])("should say %i seconds as %s", (seconds, words) => {
    expect(shortDuration(seconds)).toBe(words);
  });
});
