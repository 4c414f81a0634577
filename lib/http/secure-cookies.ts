import { parseCookieHeader } from "../cookie/cookie-header";
import { isSecureOrigin } from "../session/cookie-policy";
import { PLAIN_COOKIES_FLAG } from "./secure-cookie-check";

export interface SecureVerdict {
  /** Whether the lab's cookies carry Secure and `__Host-` names on this request. */
  secure: boolean;
  /** The browser said it drops Secure cookies from http://localhost, so the lab fell back to plain names. */
  fallback: boolean;
}

// One verdict per request, so respond() can tell the inspector when the lab fell back for it.
const verdicts = new WeakMap<Request, SecureVerdict>();

/** The verdict for a request whose public URL `urlOf` gives: worked out once per request. */
export function secureVerdict(request: Request, urlOf: () => URL): SecureVerdict {
  const known = verdicts.get(request);
  if (known) return known;
  const url = urlOf();
  const secure = isSecureOrigin(url);
  const loopbackHttp = secure && url.protocol === "http:";
  const fallback = loopbackHttp && parseCookieHeader(request.headers.get("cookie")).some((c) => c.name === PLAIN_COOKIES_FLAG && c.value === "1");
  const verdict = { secure: secure && !fallback, fallback };
  verdicts.set(request, verdict);
  return verdict;
}

/** The sentence the inspector adds when the lab named this response's cookies without Secure for a browser that drops them. */
export function fallbackNote(request: Request): string | null {
  if (!verdicts.get(request)?.fallback) return null;
  return "Your browser drops Secure cookies from plain http://localhost (Safari does; Chrome and Firefox keep them), so the lab names its cookies for you without __Host- and Secure.";
}
