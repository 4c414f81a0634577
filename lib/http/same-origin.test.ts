import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { assertSameOrigin } from "./same-origin";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://shop.example.com/api/session", { method, headers: { host: "shop.example.com", ...headers } });

/** The refusal assertSameOrigin throws for this request, or null when it lets it through. */
function refusal(method: string, headers: Record<string, string>): ApiError | null {
  try {
    assertSameOrigin(request(method, headers));
    return null;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
}

describe("assertSameOrigin", () => {
  it.each([
    ["a page of the lab itself", { origin: "http://shop.example.com", "sec-fetch-site": "same-origin" }],
    ["curl, with neither header", {}],
    ["a browser without Fetch Metadata, from the lab's own origin", { origin: "http://shop.example.com" }],
  ])("should let a POST from %s through", (_label, headers) => {
    expect(refusal("POST", headers)).toBeNull();
  });

  it.each([
    ["another site", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
    ["a sibling subdomain, which is the same site", { origin: "http://blog.example.com", "sec-fetch-site": "same-site" }],
    ["a sibling subdomain, told only by its Origin", { origin: "http://blog.example.com" }],
    ["a sandboxed page (Origin: null)", { origin: "null" }],
  ])("should refuse a POST from %s with 403 cross_site_request", (_label, headers) => {
    expect(refusal("POST", headers)).toMatchObject({ status: 403, code: "cross_site_request" });
    expect(refusal("DELETE", headers)).toMatchObject({ status: 403 });
  });

  it("should say a same-site request is refused because its origin differs, not its site", () => {
    const error = refusal("POST", { origin: "http://blog.example.com", "sec-fetch-site": "same-site" });
    expect(error?.message).toContain("a page of the same site but another origin (http://blog.example.com)");
    expect(error?.message).toContain("not even a sibling subdomain's");
  });

  it("should never refuse a GET, which changes nothing", () => {
    expect(refusal("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBeNull();
  });
});
