import { describe, expect, it } from "vitest";
import { describeRawBytes } from "./raw-bytes";

describe("describeRawBytes", () => {
  it("should give the byte count and the escaped bytes, and say when they are not UTF-8", () => {
    expect(describeRawBytes({ bytes: 5, utf8: true, escaped: "caf%C3%A9" })).toBe("5 bytes on the wire, UTF-8: caf%C3%A9");
    expect(describeRawBytes({ bytes: 1, utf8: false, escaped: "%E9" })).toBe("1 byte on the wire, not valid UTF-8 (each bad byte shows as \ufffd above): %E9");
  });
});
