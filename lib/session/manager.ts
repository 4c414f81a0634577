import type { NewSessionLimit } from "./client-budget";
import { clearedSessionCookie, DEFAULT_SESSION_COOKIE, sessionCookie, sessionCookieName, type SessionCookie } from "./cookie-policy";
import { SessionTooLargeError } from "./errors";
import { outcomeMessage, recentlyRenewed, type SessionOutcome } from "./outcomes";
import { isWellFormedSessionId, newSessionId } from "./session-id";
import {
  applyAppend,
  applyPatch,
  dataBytes,
  type SessionAppend,
  type SessionPatch,
  type SessionData,
  type SessionRecord,
  type SessionStore,
  type StoreKind,
} from "./store";

export interface SessionManagerOptions {
  store: SessionStore;
  /** Ends a session after this long without activity (OWASP: 15-30 min for most apps). @default 1800000 */
  idleTimeoutMs?: number;
  /** Ends a session this long after it started, however active (OWASP: 4-8 h). @default 28800000 */
  absoluteTimeoutMs?: number;
  /** Whether a read counts as activity: it slides the idle expiry and re-sends the cookie. @default true */
  rolling?: boolean;
  /**
   * Lazy renewal: a read within this long of the last renewal writes nothing and sends no cookie,
   * so a busy visitor costs the store one write a minute, not one per request (connect-mongo's
   * `touchAfter`). The idle expiry may then end up to this much early. 0 renews on every read.
   * @default min(60 s, a tenth of the idle timeout)
   */
  touchAfterMs?: number;
  /** Per-session limit on the JSON-serialised data, in UTF-8 bytes. @default 8192 */
  maxDataBytes?: number;
  /** Clock, injectable for tests. @default Date.now */
  now?: () => number;
  /**
   * The cookie's base name (`__Host-<name>` on secure origins), so that a demo's own managers
   * over the same store keep sessions apart from the site's. @default "sid"
   */
  cookieName?: string;
  /**
   * true: the cookie's Max-Age follows the server's expiry, so the browser forgets it when the
   * server would. false: no Max-Age (a browser-session cookie); the server's timeouts alone end
   * the session, which is what the expiry demo shows. @default true
   */
  persistentCookie?: boolean;
  /**
   * How long the store keeps a record past its expiry, so the next request can say why the
   * session ended (idle_expired, absolute_expired) instead of "unknown ID". The manager never
   * serves an expired record, whatever this is. @default 0
   */
  expiredGraceMs?: number;
  /** How many sessions each client may start (shared by every manager of the process); none when absent. */
  newSessionLimit?: NewSessionLimit;
  /**
   * The account a new session's data belongs to, indexed by the store (`SetOptions.owner`) so that
   * all of one user's sessions can be listed and ended ("log out everywhere"). None when absent.
   */
  ownerOf?: (data: SessionData) => string | undefined;
}

/**
 * What the route knows about the request: the session cookie's value, whether the origin is
 * secure, and who is calling (lib/http/client-address.ts), whose budgets a new session counts against.
 */
export interface SessionRequest {
  id?: string | null;
  secure: boolean;
  client?: string;
}

export interface SessionView extends SessionRecord {
  store: StoreKind;
}

export interface SessionResult {
  /** The live session after this request, or null. */
  session: SessionView | null;
  /** The cookie to set (maxAge > 0) or clear (maxAge 0), or null to send no Set-Cookie. */
  cookie: SessionCookie | null;
  outcome: SessionOutcome;
  /** A sentence for the inspector saying what happened. */
  message: string;
}

type Resolved = { record: SessionRecord; outcome: "found" } | { record: null; outcome: Exclude<SessionOutcome, "found"> };

/** Server-side sessions over any store, in strict mode: only IDs this server issued are honoured. */
export class SessionManager {
  readonly store: SessionStore;
  readonly idleTimeoutMs: number;
  readonly absoluteTimeoutMs: number;
  readonly rolling: boolean;
  readonly touchAfterMs: number;
  readonly maxDataBytes: number;
  readonly cookieBaseName: string;
  readonly persistentCookie: boolean;
  readonly expiredGraceMs: number;
  private readonly now: () => number;
  private readonly newSessionLimit: NewSessionLimit | undefined;
  private readonly ownerOf: ((data: SessionData) => string | undefined) | undefined;

  constructor(options: SessionManagerOptions) {
    this.store = options.store;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60_000;
    this.absoluteTimeoutMs = options.absoluteTimeoutMs ?? 8 * 3_600_000;
    this.rolling = options.rolling ?? true;
    this.touchAfterMs = options.touchAfterMs ?? Math.min(60_000, Math.floor(this.idleTimeoutMs / 10));
    this.maxDataBytes = options.maxDataBytes ?? 8192;
    this.now = options.now ?? Date.now;
    this.cookieBaseName = options.cookieName ?? DEFAULT_SESSION_COOKIE;
    this.persistentCookie = options.persistentCookie ?? true;
    this.expiredGraceMs = options.expiredGraceMs ?? 0;
    this.newSessionLimit = options.newSessionLimit;
    this.ownerOf = options.ownerOf;
    sessionCookieName(true, this.cookieBaseName); // throws now, not on the first request, if the name is bad
  }

  /** The cookie this manager reads and sets on an origin that is (or is not) secure. */
  cookieName(secure: boolean): string {
    return sessionCookieName(secure, this.cookieBaseName);
  }

  /** Reads the session; never creates one (a visitor who only reads costs the store nothing). */
  async read(req: SessionRequest): Promise<SessionResult> {
    const found = await this.resolve(req);
    if (!found.record) return this.result(req, null, found.outcome, req.id ? "clear" : "none");
    if (!this.rolling) return this.result(req, found.record, "found", "none");
    const now = this.now();
    if (now - found.record.lastSeenAt < this.touchAfterMs) {
      const result = this.result(req, found.record, "found", "none");
      return { ...result, message: `${result.message} ${recentlyRenewed(now - found.record.lastSeenAt, this.touchAfterMs)}` };
    }
    const times = { lastSeenAt: now, idleExpiresAt: Math.min(now + this.idleTimeoutMs, found.record.absoluteExpiresAt) };
    const touched = await this.store.touch(found.record.id, times, this.ttl({ ...found.record, ...times }, now));
    if (!touched) return this.result(req, null, "unknown_id", "clear");
    return this.result(req, { ...found.record, ...times }, "found", "set");
  }

  /**
   * Merges `patch` (null deletes a key) into the session, then pushes each `append` value onto the
   * list at its key, in one atomic store update; starts a session under a fresh ID if there is none.
   */
  async write(req: SessionRequest, patch: SessionPatch, append?: SessionAppend): Promise<SessionResult> {
    const found = await this.resolve(req);
    if (found.record) {
      const now = this.now();
      const idleExpiresAt = Math.min(now + this.idleTimeoutMs, found.record.absoluteExpiresAt);
      const ttlMs = this.ttl({ ...found.record, idleExpiresAt }, now);
      const options = { lastSeenAt: now, idleExpiresAt, ttlMs, maxBytes: this.maxDataBytes, append };
      const updated = await this.store.update(found.record.id, patch, options);
      if (updated) return this.result(req, updated, "updated", "set");
    }
    const record = await this.create(req, applyAppend(applyPatch({}, patch), append));
    const outcome = found.outcome === "found" ? "unknown_id" : found.outcome;
    return this.result(req, record, "created", "set", outcome === "none" ? undefined : outcome);
  }

  /**
   * Moves the data to a fresh ID and destroys the old one: call on login and on any privilege
   * change, so an ID planted or seen before login is worthless after it (OWASP, "Renew the
   * Session ID After Any Privilege Level Change"; session fixation). The new ID starts a new
   * lifetime. `patch` is merged in, e.g. `{ user: "ada" }`.
   */
  async regenerate(req: SessionRequest, patch: SessionPatch = {}): Promise<SessionResult> {
    const found = await this.resolve(req);
    const data = applyPatch(found.record?.data ?? {}, patch);
    this.assertFits(data);
    const old = found.record;
    // The old record goes first: at the store's cap, its room is what the new one needs. If the store
    // refuses the new one even then, the old one is put back: a failed login never logs anyone out.
    // A login may use the room the store keeps for logins.
    this.newSessionLimit?.take(req.client);
    if (old) await this.store.destroy(old.id);
    let record: SessionRecord;
    try {
      record = await this.create(req, data, { login: true, counted: true });
    } catch (error) {
      if (old) await this.store.set(old.id, old, this.ttl(old, this.now()), { client: req.client, login: true, owner: this.ownerOf?.(old.data) });
      throw error;
    }
    return this.result(req, record, "regenerated", "set");
  }

  /** Deletes the session on the server at once (revocation) and clears the cookie. */
  async destroy(req: SessionRequest): Promise<SessionResult> {
    const existed = isWellFormedSessionId(req.id) && (await this.store.destroy(req.id));
    return this.result(req, null, existed ? "destroyed" : "none", "clear");
  }

  /** Removes expired records from the store; run it periodically. */
  sweep(): Promise<number> {
    return this.store.sweep(this.now());
  }

  private async resolve(req: SessionRequest): Promise<Resolved> {
    if (!req.id) return { record: null, outcome: "none" };
    // Strict mode: a malformed or unknown ID is never adopted, so an attacker cannot choose one.
    if (!isWellFormedSessionId(req.id)) return { record: null, outcome: "unknown_id" };
    const record = await this.store.get(req.id);
    if (!record) return { record: null, outcome: "unknown_id" };
    const now = this.now();
    const expired = now >= record.absoluteExpiresAt ? "absolute_expired" : now >= record.idleExpiresAt ? "idle_expired" : null;
    if (!expired) return { record, outcome: "found" };
    await this.store.destroy(record.id);
    return { record: null, outcome: expired };
  }

  private assertFits(data: SessionRecord["data"]): void {
    const bytes = dataBytes(data);
    if (bytes > this.maxDataBytes) throw new SessionTooLargeError(bytes, this.maxDataBytes);
  }

  /** Starts a session for `req.client`, within its budgets (`counted`: the caller already spent the new-session token). */
  private async create(req: SessionRequest, data: SessionRecord["data"], how: { login?: boolean; counted?: boolean } = {}): Promise<SessionRecord> {
    this.assertFits(data);
    if (!how.counted) this.newSessionLimit?.take(req.client);
    const now = this.now();
    const absoluteExpiresAt = now + this.absoluteTimeoutMs;
    const idleExpiresAt = Math.min(now + this.idleTimeoutMs, absoluteExpiresAt);
    const record = { id: newSessionId(), data, createdAt: now, lastSeenAt: now, idleExpiresAt, absoluteExpiresAt };
    await this.store.set(record.id, record, this.ttl(record, now), { client: req.client, login: how.login, owner: this.ownerOf?.(data) });
    return record;
  }

  private ttl(record: SessionRecord, now: number): number {
    return Math.max(1, Math.min(record.idleExpiresAt, record.absoluteExpiresAt) - now + this.expiredGraceMs);
  }

  /** The cookie's Max-Age matches the server's expiry, so the browser drops it when the server would. */
  private result(
    req: SessionRequest,
    record: SessionRecord | null,
    outcome: SessionOutcome,
    cookie: "set" | "clear" | "none",
    replaced?: SessionOutcome,
  ): SessionResult {
    const now = this.now();
    const maxAge = record ? Math.ceil((Math.min(record.idleExpiresAt, record.absoluteExpiresAt) - now) / 1000) : 0;
    const base = this.cookieBaseName;
    return {
      session: record ? { ...record, store: this.store.kind } : null,
      cookie:
        cookie === "set" && record
          ? sessionCookie(req.secure, record.id, this.persistentCookie ? maxAge : null, base)
          : cookie === "clear"
            ? clearedSessionCookie(req.secure, base)
            : null,
      outcome,
      message: outcomeMessage(outcome, this, replaced),
    };
  }
}
