/**
 * Cookie name prefixes (RFC 6265bis §4.1.3 and §5.7 steps 20-22): a name that starts with
 * __Secure- or __Host- promises how the cookie was set, and the browser enforces the promise so a
 * server can trust such a cookie was not planted by an insecure page or a sibling subdomain.
 */
import type { ParsedSetCookie } from "./parse";
import { quote } from "./reasons";

export type PrefixFacts = { secure: boolean; path: string; hasDomain: boolean; hasPath: boolean };

/** §5.7 steps 20-22, matched case-insensitively as the draft and Chromium (since 2024) do. */
export function checkPrefixes({ name, value }: ParsedSetCookie, facts: PrefixFacts): string | null {
  const lower = name.toLowerCase();
  if (name === "" && /^__(secure|host)-/i.test(value)) {
    return `The nameless cookie's value ${quote(value)} starts with a cookie prefix, which would let it pass for a prefixed cookie; browsers refuse it.`;
  }
  if (lower.startsWith("__secure-") && !facts.secure) {
    return `The name ${quote(name)} starts with __Secure-, so the cookie must have the Secure attribute.`;
  }
  if (lower.startsWith("__host-")) {
    if (!facts.secure) return `The name ${quote(name)} starts with __Host-, so the cookie must have the Secure attribute.`;
    // Chromium refuses any Domain attribute on __Host- cookies; the draft only asks for host-only.
    if (facts.hasDomain) {
      return `The name ${quote(name)} starts with __Host-, so the cookie must not have a Domain attribute (Chromium refuses even Domain=<its own host>).`;
    }
    if (!facts.hasPath || facts.path !== "/") {
      const found = facts.hasPath ? `(not ${quote(facts.path)})` : "written explicitly";
      return `The name ${quote(name)} starts with __Host-, so the cookie must have Path=/ ${found}.`;
    }
  }
  return null;
}
