import { parseCookieHeader } from "../cookie/cookie-header";

/**
 * The value of the first cookie called `name` in the request. The browser sends the cookie with
 * the longest path first (RFC 6265bis §5.8.3), so the first is the most specific one.
 */
export function requestCookie(request: Request, name: string): string | null {
  return parseCookieHeader(request.headers.get("cookie")).find((c) => c.name === name)?.value ?? null;
}
