/**
 * A browser's cookie store in miniature: receives Set-Cookie lines (RFC 6265bis §5.6-5.7) and
 * writes the Cookie header for a request (§5.8.3). The clock is injectable so lessons and tests
 * can freeze time.
 */
import { exclusionReason, serializeCookieHeader, sortForHeader } from "./cookie-header";
import { resolveContext, type RequestContext } from "./context";
import { parseSetCookie, type ParsedSetCookie } from "./parse";
import { quote, reason, type Reason } from "./reasons";
import { createCookie, type StoredCookie } from "./storage-model";

export type { StoredCookie } from "./storage-model";

export type JarOptions = {
  /** The clock. @default () => new Date() */
  now?: () => Date;
};

export type StoreResult = {
  stored: boolean;
  reason?: Reason;
  cookie?: StoredCookie;
  steps: string[];
  warnings: string[];
};

export class CookieJar {
  private cookies: StoredCookie[] = [];
  private readonly now: () => Date;

  constructor(options: JarOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  /** Parses and stores one Set-Cookie line received in a response from `url`. */
  setCookie(line: string, url: string | URL, context?: RequestContext): StoreResult & { parsed?: ParsedSetCookie } {
    const target = new URL(url);
    const parsed = parseSetCookie(line, { now: this.now(), requestPath: target.pathname, browser: resolveContext(context).browser });
    if (!parsed.ok) return { stored: false, reason: parsed.reason, steps: parsed.steps, warnings: [] };
    return { ...this.store(parsed.cookie, target, context, parsed.steps), parsed: parsed.cookie };
  }

  /** RFC 6265bis §5.7: stores an already parsed line, replacing or deleting an older cookie. */
  store(parsed: ParsedSetCookie, url: string | URL, context?: RequestContext, steps: string[] = []): StoreResult {
    const now = this.now();
    this.evictExpired(now);
    const resolved = resolveContext(context);
    const warnings: string[] = [];
    const verdict = createCookie({ parsed, url: new URL(url), context: resolved, now, store: this.cookies }, steps, warnings);
    if (!verdict.ok) return { stored: false, reason: verdict.reason, steps, warnings };
    const cookie = verdict.cookie;

    // §5.7 step 23: the identity of a cookie is its name, domain, host-only flag and path.
    const index = this.cookies.findIndex(
      (c) => c.name === cookie.name && c.domain === cookie.domain && c.hostOnly === cookie.hostOnly && c.path === cookie.path,
    );
    const old = index === -1 ? undefined : this.cookies[index];
    if (old?.httpOnly && resolved.api === "non-http") {
      steps.push("Rejected: a non-HTTP API may not replace an HttpOnly cookie (§5.7 step 23).");
      const message = `document.cookie may not replace the HttpOnly cookie ${quote(cookie.name)}; only the server can.`;
      return { stored: false, reason: reason("OverwriteHttpOnly", message), steps, warnings };
    }
    if (old) {
      cookie.creationTime = old.creationTime; // §5.7 step 23.3: replacing keeps the creation time, and so the order.
      steps.push(`Replaces the stored cookie with the same name, domain and path, keeping its creation time (§5.7 step 23).`);
    }

    // §5.5: expired cookies are evicted at once, so an expired line only deletes the old cookie.
    if (cookie.expiryTime && cookie.expiryTime.getTime() <= now.getTime()) {
      if (index !== -1) this.cookies.splice(index, 1);
      steps.push(old ? "Already expired: the old cookie is deleted and nothing is stored (§5.5)." : "Already expired: nothing is stored (§5.5).");
      const message = old
        ? `The cookie ${quote(cookie.name)} is already expired, so the browser deletes the stored one and keeps nothing; this is how servers delete cookies.`
        : `The cookie ${quote(cookie.name)} is already expired when it arrives, so the browser does not keep it.`;
      return { stored: false, reason: reason("Expired", message), cookie, steps, warnings };
    }

    if (index === -1) this.cookies.push(cookie);
    else this.cookies[index] = cookie;
    steps.push("Stored (§5.7 step 24).");
    return { stored: true, cookie, steps, warnings };
  }

  /** RFC 6265bis §5.8.3: the cookies a request to `url` carries, in header order. */
  cookiesFor(url: string | URL, context?: RequestContext): StoredCookie[] {
    const now = this.now();
    this.evictExpired(now);
    const target = new URL(url);
    const resolved = resolveContext(context);
    const sent = sortForHeader(this.cookies.filter((c) => exclusionReason(c, target, resolved, now) === null));
    for (const c of sent) c.lastAccessTime = now;
    return sent;
  }

  /** The Cookie header a request to `url` carries, or null when it carries none. */
  cookieHeader(url: string | URL, context?: RequestContext): string | null {
    return serializeCookieHeader(this.cookiesFor(url, context));
  }

  /** Why `cookie` is or is not sent to `url`: null means it is sent. */
  whyNotSent(cookie: StoredCookie, url: string | URL, context?: RequestContext): string | null {
    return exclusionReason(cookie, new URL(url), resolveContext(context), this.now());
  }

  /** Every unexpired cookie, in creation order. */
  all(): StoredCookie[] {
    this.evictExpired(this.now());
    return [...this.cookies];
  }

  private evictExpired(now: Date): void {
    this.cookies = this.cookies.filter((c) => !c.expiryTime || c.expiryTime.getTime() > now.getTime());
  }
}
