import { describe, expect, it } from "vitest";
import { isSecureRequest, publicOrigin, publicUrl } from "./public-origin";

// Next.js hands route handlers a URL built from the address it listens on, whatever host the visitor used.
const behindProxy = (headers: Record<string, string>) => new Request("http://localhost:3000/api/session?x=1", { headers });

describe("publicOrigin", () => {
  it.each([
    ["the Host header, by default", {}, { host: "lab.example" }, "http://lab.example"],
    ["the Host header with its port", {}, { host: "Lab.Example:8080" }, "http://lab.example:8080"],
    ["the request's own URL when Host is not a host", {}, { host: "evil.example/path" }, "http://localhost:3000"],
    [
      "no forwarded header unless the proxy is trusted",
      {},
      { host: "lab.example", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
      "http://lab.example",
    ],
    [
      "a trusted proxy's first forwarded values",
      { TRUST_PROXY: "1" },
      { host: "127.0.0.1:3000", "x-forwarded-proto": "https, http", "x-forwarded-host": "lab.example, other" },
      "https://lab.example",
    ],
    [
      "a trusted proxy's Host when it forwards only the scheme",
      { TRUST_PROXY: "true" },
      { host: "lab.example", "x-forwarded-proto": "https" },
      "https://lab.example",
    ],
    [
      "the request's scheme when the forwarded one is neither http nor https",
      { TRUST_PROXY: "1" },
      { host: "lab.example", "x-forwarded-proto": "javascript" },
      "http://lab.example",
    ],
    [
      "PUBLIC_ORIGIN over everything",
      { PUBLIC_ORIGIN: "https://lab.example/", TRUST_PROXY: "1" },
      { host: "other.example", "x-forwarded-host": "evil.example" },
      "https://lab.example",
    ],
  ])("should take %s", (_label, env, headers, origin) => {
    expect(publicOrigin(behindProxy(headers), env)).toBe(origin);
  });

  it("should refuse a PUBLIC_ORIGIN that is not an http or https origin, with a sentence", () => {
    expect(() => publicOrigin(behindProxy({}), { PUBLIC_ORIGIN: "lab.example" })).toThrow(/PUBLIC_ORIGIN must be an http or https origin/);
    expect(() => publicOrigin(behindProxy({}), { PUBLIC_ORIGIN: "ftp://lab.example" })).toThrow(/PUBLIC_ORIGIN/);
  });

  it("should keep the path and query in the public URL", () => {
    expect(publicUrl(behindProxy({ host: "lab.example" }), {})).toBe("http://lab.example/api/session?x=1");
  });

  it.each([
    ["plain http at a real host name: not secure, so no Secure cookies the browser would refuse", {}, { host: "lab.example" }, false],
    ["http://localhost: secure, as browsers treat it", {}, { host: "localhost:3000" }, true],
    ["HTTPS at a trusted proxy", { TRUST_PROXY: "1" }, { host: "lab.example", "x-forwarded-proto": "https" }, true],
    ["HTTPS by PUBLIC_ORIGIN", { PUBLIC_ORIGIN: "https://lab.example" }, { host: "lab.example" }, true],
  ])("should call %s", (_label, env, headers, secure) => {
    expect(isSecureRequest(behindProxy(headers), env)).toBe(secure);
  });
});
