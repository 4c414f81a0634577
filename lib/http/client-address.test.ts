import { describe, expect, it } from "vitest";
import { clientAddress, clientKey, PEER_HEADER } from "./client-address";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/session", { headers });

describe("clientKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::FFFF:cb00:7107", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::9", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:ffff::", "2001:db8:1:2::/64"],
    ["[2001:db8::1]", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["not an address", "unknown"],
    ["", "unknown"],
  ])("keys %s as %s", (address, key) => expect(clientKey(address)).toBe(key));

  it("gives every address of one /64 the same key, and the next /64 another", () => {
    expect(clientKey("2001:db8:1:2::1")).toBe(clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(clientKey("2001:db8:1:3::1")).not.toBe(clientKey("2001:db8:1:2::1"));
  });
});

describe("clientAddress", () => {
  const server = { LAB_SERVER: "1" };

  it("takes the peer server.mjs stamped, and ignores X-Forwarded-For a visitor wrote", () => {
    const spoofed = request({ [PEER_HEADER]: "127.0.0.2", "x-forwarded-for": "198.51.100.1" });
    expect(clientAddress(spoofed, server)).toBe("127.0.0.2");
  });

  it("ignores a peer header when the process is not server.mjs: a visitor could have written it", () => {
    expect(clientAddress(request({ [PEER_HEADER]: "127.0.0.2" }), {})).toBe("unknown");
  });

  it("behind a trusted proxy, takes the last X-Forwarded-For entry: the one the proxy added", () => {
    const proxied = request({ [PEER_HEADER]: "10.0.0.5", "x-forwarded-for": "198.51.100.1, 203.0.113.7" });
    expect(clientAddress(proxied, { ...server, TRUST_PROXY: "1" })).toBe("203.0.113.7");
    expect(clientAddress(proxied, server)).toBe("10.0.0.5");
  });

  it("falls back to the peer when a trusted proxy sent no X-Forwarded-For", () => {
    expect(clientAddress(request({ [PEER_HEADER]: "10.0.0.5" }), { ...server, TRUST_PROXY: "1" })).toBe("10.0.0.5");
  });
});
