import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { shellQuote, shellQuoteBytes, toCurl } from "./curl";

describe("toCurl", () => {
  it("should write a GET with the Cookie header the browser sent", () => {
    expect(toCurl({ method: "GET", url: "http://localhost:3000/api/cookies", cookieHeader: "a=1; b=2" })).toBe(
      "curl -i 'http://localhost:3000/api/cookies' -H 'Cookie: a=1; b=2'",
    );
  });

  it("should write a POST with its JSON body", () => {
    expect(toCurl({ method: "POST", url: "http://h/api/cookies", body: { name: "t", value: "d" } })).toBe(
      `curl -i -X POST 'http://h/api/cookies' -H 'Content-Type: application/json' --data '{"name":"t","value":"d"}'`,
    );
  });

  it.each(["it's", "$(rm -rf /)", "`id`", "a'b'c", '"; echo pwned; "', "line\nbreak"])("should quote %j so the shell passes it through literally", (s) => {
    expect(execFileSync("/bin/sh", ["-c", `printf %s ${shellQuote(s)}`], { encoding: "utf8" })).toBe(s);
  });

  it("should send a Cookie header that is not UTF-8 as its bytes, and valid UTF-8 as text", () => {
    const raw = { bytes: 13, utf8: false, escaped: "a=caf%E9; b=%25'\\" };
    expect(toCurl({ method: "GET", url: "http://h/", cookieHeader: "a=caf\ufffd; b=%'\\", cookieHeaderRaw: raw })).toBe(
      String.raw`curl -i 'http://h/' -H $'Cookie: a=caf\xE9; b=\x25\'\\'`,
    );
    expect(toCurl({ method: "GET", url: "http://h/", cookieHeader: "a=café", cookieHeaderRaw: { bytes: 7, utf8: true, escaped: "a=caf%C3%A9" } })).toBe(
      "curl -i 'http://h/' -H 'Cookie: a=café'",
    );
    const bytes = execFileSync("bash", ["-c", `printf %s ${shellQuoteBytes(raw.escaped)}`]);
    expect([...bytes]).toEqual([...Buffer.from("a=caf\xe9; b=%'\\", "latin1")]);
  });
});
