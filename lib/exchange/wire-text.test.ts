import { describe, expect, it } from "vitest";
import { parseCookieHeader } from "../cookie/cookie-header";
import { octets } from "../cookie/grammar";
import { byteStringBytes, decodeByteString, decodeCookieHeader, escapeBytes } from "./wire-text";

/** What Node's HTTP parser makes of these bytes: one character per byte. */
const wire = (text: string) => Buffer.from(text, "utf8").toString("latin1");

describe("decodeByteString", () => {
  it("should return ASCII as it came, with no bytes beside it", () => {
    expect(decodeByteString("a=1; b=x%20y")).toEqual({ text: "a=1; b=x%20y" });
  });

  it("should decode UTF-8 bytes to the text the browser stored, and keep the bytes", () => {
    expect(wire("café")).toBe("cafÃ©");
    expect(decodeByteString(wire("café"))).toEqual({ text: "café", raw: { bytes: 5, utf8: true, escaped: "caf%C3%A9" } });
    expect(decodeByteString(wire("🍪"))).toEqual({ text: "🍪", raw: { bytes: 4, utf8: true, escaped: "%F0%9F%8D%AA" } });
  });

  it("should show bytes that are not UTF-8 as U+FFFD in the text and escaped in the bytes", () => {
    // E9 alone is "é" in latin1, not UTF-8; FF never occurs in UTF-8; C3 is cut short by "x".
    expect(decodeByteString("caf\u00e9")).toEqual({ text: "caf\ufffd", raw: { bytes: 4, utf8: false, escaped: "caf%E9" } });
    expect(decodeByteString("\u00ff\u00c3x")).toEqual({ text: "\ufffd\ufffdx", raw: { bytes: 3, utf8: false, escaped: "%FF%C3x" } });
  });

  it("should keep a byte-order mark and a real U+FFFD, and escape % so the bytes read back unambiguously", () => {
    expect(decodeByteString(wire("\ufeffa"))).toEqual({ text: "\ufeffa", raw: { bytes: 4, utf8: true, escaped: "%EF%BB%BFa" } });
    expect(decodeByteString(wire("\ufffd"))).toMatchObject({ text: "\ufffd", raw: { utf8: true } });
    expect(decodeByteString(wire("%C3é"))).toMatchObject({ raw: { escaped: "%25C3%C3%A9" } });
  });

  it("should refuse a string that cannot be a header's bytes", () => {
    expect(() => byteStringBytes("é🍪")).toThrow(/byte string/);
  });

  it("should escape control bytes and count UTF-8 lengths", () => {
    expect(escapeBytes(new Uint8Array([0x41, 0x09, 0x7f, 0x20]))).toBe("A%09%7F ");
    expect(octets("é🍪")).toBe(6);
  });
});

describe("decodeCookieHeader", () => {
  it("should split the bytes first, then decode each name and value, with the bytes of the non-ASCII ones", () => {
    expect(decodeCookieHeader(`${wire("prénom=Zoë")}; a=1; b=\u00ff`)).toEqual([
      { name: "prénom", value: "Zoë", nameRaw: { bytes: 7, utf8: true, escaped: "pr%C3%A9nom" }, valueRaw: { bytes: 4, utf8: true, escaped: "Zo%C3%AB" } },
      { name: "a", value: "1" },
      { name: "b", value: "\ufffd", valueRaw: { bytes: 1, utf8: false, escaped: "%FF" } },
    ]);
  });

  it("should not trim the byte A0 that ends an à (String#trim takes it for a no-break space)", () => {
    expect(wire("voilà").endsWith("\u00a0")).toBe(true);
    expect(decodeCookieHeader(`x=${wire("voilà")}`)).toMatchObject([{ name: "x", value: "voilà" }]);
    expect(parseCookieHeader("x=voil\u00a0; y= 1\t")).toEqual([
      { name: "x", value: "voil\u00a0" },
      { name: "y", value: "1" },
    ]);
  });

  it("should keep a long inner run of spaces and trim only the ends (the trim is an index scan, linear in the run)", () => {
    const inner = " ".repeat(16_000);
    expect(parseCookieHeader(`a=x${inner}y ;  b = 2`)).toEqual([
      { name: "a", value: `x${inner}y` },
      { name: "b", value: "2" },
    ]);
  });
});
