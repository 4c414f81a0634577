/** One sentence per Set-Cookie attribute, for the inspector (RFC 6265bis §4.1.2). */
const GLOSSARY: Record<string, string> = {
  expires: "the date after which the browser deletes the cookie (Max-Age wins if both are present).",
  "max-age": "how many seconds the cookie lives; 0 or less deletes it at once.",
  domain: "which hosts receive it: this domain and all its subdomains. Without it, only the exact host that set it.",
  path: "the cookie is only sent to URLs under this path.",
  secure: "only sent over HTTPS (browsers treat http://localhost as secure too).",
  httponly: "hidden from JavaScript: document.cookie cannot read it, so a script injected by XSS cannot steal it.",
  samesite: "whether the cookie goes along on requests started by other sites (Strict: never, Lax: only top-level navigations, None: always, needs Secure).",
  partitioned: "stored in a separate jar per top-level site (CHIPS), so it works inside a cross-site iframe without tracking across sites.",
  priority: "a Chromium hint for which cookies to evict first.",
};

export function glossary(attribute: string): string {
  return GLOSSARY[attribute.toLowerCase()] ?? "not an attribute browsers know: they ignore it.";
}
