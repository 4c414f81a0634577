import { getDomain } from "tldts";

/**
 * A "site" as browsers key cookies by it: the scheme and the registrable domain (eTLD+1), or the
 * whole host where there is none (localhost, an IP address). RFC 6265bis §5.2 and the HTML
 * spec's "same site" compare these; schemeful, as Chromium does since M89.
 */
export function siteOf(origin: string): string | null {
  try {
    const { protocol, hostname } = new URL(origin);
    return `${protocol}//${getDomain(hostname, { allowPrivateDomains: true }) ?? hostname}`;
  } catch {
    return null;
  }
}

/** Whether a page of `embedder` framing one of `self` makes it a third party: an unknown embedder counts as cross-site. */
export function isCrossSite(self: string, embedder: string | null): boolean {
  const a = siteOf(self);
  const b = embedder ? siteOf(embedder) : null;
  return a === null || b === null || a !== b;
}

/**
 * The origin of the top-level page framing this one, as far as the page can tell. Chromium and
 * Safari list the ancestors in `location.ancestorOrigins`, nearest first, so the last is the top;
 * Firefox has no such list, and the referrer (trimmed to an origin by the host's default
 * Referrer-Policy, strict-origin-when-cross-origin) names at least the parent. null: unknown.
 */
export function embedderOrigin(view: { ancestorOrigins?: ArrayLike<string> | null; referrer: string }): string | null {
  const ancestors = view.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1] ?? null;
  try {
    return view.referrer ? new URL(view.referrer).origin : null;
  } catch {
    return null;
  }
}
