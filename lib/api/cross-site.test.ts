import { describe, expect, it } from "vitest";
import { crossSiteAttributes } from "./cross-site";

const request = (headers: Record<string, string> = {}) => new Request("http://localhost/api/session", { headers });

describe("crossSiteAttributes", () => {
  it("should ask for SameSite=None, Secure and Partitioned when the embed header says 1", () => {
    expect(crossSiteAttributes(request({ "x-lab-embed": "1" }))).toEqual({ secure: true, sameSite: "None", partitioned: true });
  });

  it.each([[{}], [{ "x-lab-embed": "0" }], [{ "x-lab-embed": "yes" }]])("should change nothing for the headers %j", (headers) => {
    expect(crossSiteAttributes(request(headers))).toBeNull();
  });
});
