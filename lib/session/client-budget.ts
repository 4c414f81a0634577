import { ClientBudgetError } from "./errors";
import { CLIENT_NEW_SESSIONS } from "./limits";

export interface NewSessionLimitOptions {
  /** Sessions one client may start per window. @default CLIENT_NEW_SESSIONS (1200) */
  perWindow?: number;
  /** @default 600000 (10 minutes) */
  windowMs?: number;
  /** Clients remembered at once; past it the least recently seen is forgotten (its bucket starts full again). @default 10000 */
  maxClients?: number;
  /** Clock, injectable for tests. @default Date.now */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * How many sessions each client (lib/http/client-address.ts) may start: a token bucket per client
 * that holds `perWindow` tokens and refills them evenly over the window, so a burst (a class
 * opening a demo at once) passes and a loop does not. It lives in the app process: with several
 * instances, each keeps its own. The byte budget, which must hold across instances, is the store's.
 */
export class NewSessionLimit {
  readonly perWindow: number;
  private readonly ratePerMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;
  // A Map iterates in insertion order; re-inserting on use makes its first key the least recently seen.
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: NewSessionLimitOptions = {}) {
    this.perWindow = options.perWindow ?? CLIENT_NEW_SESSIONS;
    this.ratePerMs = this.perWindow / (options.windowMs ?? 600_000);
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? (() => Date.now()); // looked up on each call, so a test's fake Date applies
  }

  /** Spends one token of `client`'s, or throws `ClientBudgetError` (429) saying when one is back. Unknown clients are not limited. */
  take(client: string | undefined): void {
    if (!client) return;
    const now = this.now();
    const old = this.buckets.get(client);
    const tokens = old ? Math.min(this.perWindow, old.tokens + (now - old.at) * this.ratePerMs) : this.perWindow;
    const granted = tokens >= 1;
    this.buckets.delete(client);
    this.buckets.set(client, { tokens: granted ? tokens - 1 : tokens, at: now });
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    if (!granted) throw new ClientBudgetError("new_sessions", this.perWindow, Math.ceil((1 - tokens) / this.ratePerMs / 1000));
  }
}
