import { ApiError } from "./api-error";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF defence for state-changing requests (OWASP CSRF cheat sheet, "Verifying origin with standard
 * headers"): a browser always sends Origin on a cross-origin POST/DELETE, and Sec-Fetch-Site when it
 * supports Fetch Metadata. A request without either (curl, scripts) is allowed: it carries no
 * victim's cookies by accident.
 *
 * It is an origin check, stricter than SameSite: `Sec-Fetch-Site: same-site` (a sibling subdomain)
 * is refused too. Sibling subdomains are the same site, so the POSTs of a compromised or
 * user-content `blog.example.com` carry the `SameSite=Lax` cookies of `shop.example.com`; only the
 * origin tells them apart.
 */
export function assertSameOrigin(request: Request): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const crossSiteFetch = site === "cross-site" || site === "same-site";
  let foreignOrigin = false;
  if (origin !== null) {
    try {
      foreignOrigin = origin === "null" || new URL(origin).host !== host;
    } catch {
      foreignOrigin = true;
    }
  }
  if (crossSiteFetch || foreignOrigin) {
    const from = origin ?? "unknown origin";
    const where = site === "same-site" ? `a page of the same site but another origin (${from})` : `another origin (${from})`;
    throw new ApiError(
      403,
      "cross_site_request",
      `This request came from ${where}, so it was refused: only pages of this lab's own origin may change its cookies and sessions, not even a sibling subdomain's, which SameSite would let through. This is the Origin check that stops CSRF.`,
    );
  }
}
