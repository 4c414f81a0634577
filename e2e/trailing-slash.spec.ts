import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

// A URL with a trailing slash is answered with a 308 to the URL without it. That answer is a page
// of the site like any other, so it carries the same security headers as the page it points to:
// Next.js's own trailing-slash redirect carried none of them (next.config's headers() skips it).

const SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"];

function securityHeaders(res: APIResponse): Record<string, string | undefined> {
  const all = res.headers();
  return Object.fromEntries(SECURITY_HEADERS.map((h) => [h, all[h]]));
}

async function get(request: APIRequestContext, path: string, method: "GET" | "POST" = "GET") {
  return request.fetch(path, { method, maxRedirects: 0 });
}

for (const [path, target] of [
  ["/learn/", "/learn"],
  ["/learn/cookies/?from=home", "/learn/cookies?from=home"],
  ["/api/cookies/", "/api/cookies"],
  ["/embed/cookie-basics/", "/embed/cookie-basics"],
] as const) {
  test(`should answer ${path} with a 308 to ${target} carrying the page's security headers`, async ({ request }) => {
    const redirect = await get(request, path);
    expect(redirect.status()).toBe(308);
    const location = new URL(redirect.headers()["location"] ?? "", "http://lab.test");
    expect(location.host).toBe("lab.test");
    expect(location.pathname + location.search).toBe(target);
    const page = await get(request, target);
    expect(page.status()).toBe(200);
    const expected = securityHeaders(page);
    expect(expected["content-security-policy"]).toMatch(/frame-ancestors/);
    expect(expected["x-content-type-options"]).toBe("nosniff");
    expect(securityHeaders(redirect)).toEqual(expected);
  });
}

test("should keep the embed's frame-ancestors on its redirect, and refuse framing on the others", async ({ request }) => {
  expect(securityHeaders(await get(request, "/embed/cookie-basics/"))).toMatchObject({
    "content-security-policy": expect.stringMatching(/frame-ancestors \*$/),
    "x-frame-options": undefined,
  });
  expect(securityHeaders(await get(request, "/learn/"))).toMatchObject({
    "content-security-policy": expect.stringMatching(/frame-ancestors 'none'$/),
    "x-frame-options": "DENY",
  });
});

test("should redirect a POST to an API path with a trailing slash with a 308, which keeps the method", async ({ request }) => {
  const res = await get(request, "/api/cookies/", "POST");
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toMatch(/^(?:https?:\/\/[^/]+)?\/api\/cookies$/);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});

test("should never point a redirect at another host, whatever slashes the path starts with", async ({ request, baseURL }) => {
  // Whole URLs: a path starting with // would otherwise be read as another host by the client itself.
  for (const path of ["//evil.example/", "/\\evil.example/", "///evil.example//"]) {
    const res = await get(request, `${baseURL}${path}`);
    const location = res.headers()["location"];
    if (location !== undefined) expect(new URL(location, "http://lab.test").host, path).toBe("lab.test");
  }
});
