import { describe, expect, it } from "vitest";
import { verifyCredentials } from "./demo-account";

describe("the demo account", () => {
  it("should accept ada / lovelace", () => {
    expect(verifyCredentials("ada", "lovelace")).toEqual({ username: "ada", displayName: "Ada Lovelace" });
  });

  it.each([
    ["a wrong password", "ada", "babbage"],
    ["a password that only starts right", "ada", "love"],
    ["a longer password", "ada", "lovelace!"],
    ["a wrong username", "charles", "lovelace"],
    ["a username differing in case", "Ada", "lovelace"],
    ["empty strings", "", ""],
    ["a non-string password", "ada", 12345],
    ["a missing username", undefined, "lovelace"],
  ])("should refuse %s", (_label, username, password) => {
    expect(verifyCredentials(username, password)).toBeNull();
  });
});
