import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ClientBudgetError, SessionTooLargeError, StoreFullError, StoreUnavailableError } from "./errors";
import { STORE_MAX_BYTES } from "./limits";
import { openSqlite, SqliteError, type Database } from "./sqlite-open";
import { applySqliteSchema, sweepBucket } from "./sqlite-schema";
import type { ActivityTimes, DestroyOwnedOptions, FairnessOptions, SessionPatch, SessionRecord, SessionStore, SetOptions, UpdateOptions } from "./store";
import { applyAppend, applyPatch, capsFor, picked } from "./store";

export interface SqliteStoreOptions extends FairnessOptions {
  /** Database file; its directory is created. @default ".data/sessions.sqlite" (relative to cwd) */
  path?: string;
  /** Most live sessions; creating one more throws `StoreFullError` (503). @default 100000 */
  maxSessions?: number;
  /**
   * Most bytes of session data in all (UTF-8 bytes of each session's data JSON, the measure of the
   * per-session limit); a new or growing session past it throws `StoreFullError` (503). The
   * file's own overhead (IDs, timestamps, indexes) comes on top. @default 268435456 (256 MiB)
   */
  maxBytes?: number;
  /** How long to wait for another process's write lock before answering 503. @default 5000 */
  busyTimeoutMs?: number;
  /** Clock for the ttl, injectable for tests. @default Date.now */
  now?: () => number;
}

interface Row {
  id: string;
  data: string;
  created_at: number;
  last_seen_at: number;
  idle_expires_at: number;
  absolute_expires_at: number;
}

/** A row as the update transaction reads it: with its sweep bucket, so a write can leave the index alone, and its client. */
interface WritableRow extends Row {
  sweep_at: number;
  client: string;
}

const toRecord = (row: Row): SessionRecord => ({
  id: row.id,
  data: JSON.parse(row.data) as SessionRecord["data"],
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  idleExpiresAt: row.idle_expires_at,
  absoluteExpiresAt: row.absolute_expires_at,
});

type ApiRefusal = StoreFullError | ClientBudgetError;

/** A SQLite file store: survives restarts, shared by every process that opens the same file. */
export class SqliteStore implements SessionStore {
  readonly kind = "sqlite" as const;
  readonly maxSessions: number;
  readonly maxBytes: number;
  readonly maxBytesPerClient: number;
  readonly loginReserve: number;
  readonly evictAnonymous: boolean;
  readonly path: string;
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly q;
  /** Wrapping a function in a transaction costs a few objects; done once here, not per request. */
  private readonly tx;

  constructor(options: SqliteStoreOptions = {}) {
    this.path = options.path ?? ".data/sessions.sqlite";
    this.maxSessions = options.maxSessions ?? 100_000;
    this.maxBytes = options.maxBytes ?? STORE_MAX_BYTES;
    this.maxBytesPerClient = options.maxBytesPerClient ?? Infinity;
    this.loginReserve = options.loginReserve ?? 0;
    this.evictAnonymous = options.evictAnonymous ?? false;
    this.now = options.now ?? Date.now;
    mkdirSync(dirname(this.path), { recursive: true });
    this.db = openSqlite(this.path, { timeout: options.busyTimeoutMs ?? 5000 });
    // WAL lets readers in other processes proceed while one process writes.
    this.db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    // Two processes may open a fresh file at once; the schema and counter seed must not interleave.
    this.db.transaction(() => applySqliteSchema(this.db)).immediate();
    const cols = "id, data, created_at, last_seen_at, idle_expires_at, absolute_expires_at";
    this.q = {
      get: this.db.prepare<[string, number], Row>(`SELECT ${cols} FROM sessions WHERE id = ? AND expires_at > ?`),
      getWritable: this.db.prepare<[string, number], WritableRow>(`SELECT ${cols}, sweep_at, client FROM sessions WHERE id = ? AND expires_at > ?`),
      // Any row, live or not: an upsert replaces it whatever its expiry (and keeps its client).
      rowBytes: this.db.prepare<[string], { n: number; client: string }>("SELECT length(CAST(data AS BLOB)) AS n, client FROM sessions WHERE id = ?"),
      upsert: this.db.prepare(
        `INSERT INTO sessions (${cols}, expires_at, sweep_at, client, login, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET data = excluded.data, created_at = excluded.created_at,
           last_seen_at = excluded.last_seen_at, idle_expires_at = excluded.idle_expires_at,
           absolute_expires_at = excluded.absolute_expires_at, expires_at = excluded.expires_at,
           sweep_at = excluded.sweep_at, login = excluded.login,
           owner = CASE WHEN excluded.owner != '' THEN excluded.owner ELSE owner END`,
      ),
      // SQLite maintains an index only when its column is assigned, even to the same value: so the
      // common write, whose expiry stays in the same sweep bucket, does not name `sweep_at` at all.
      write: this.db.prepare("UPDATE sessions SET data = ?, last_seen_at = ?, idle_expires_at = ?, expires_at = ? WHERE id = ?"),
      writeRebucketed: this.db.prepare("UPDATE sessions SET data = ?, last_seen_at = ?, idle_expires_at = ?, expires_at = ?, sweep_at = ? WHERE id = ?"),
      touch: this.db.prepare("UPDATE sessions SET last_seen_at = ?, idle_expires_at = ?, expires_at = ?, sweep_at = ? WHERE id = ? AND expires_at > ?"),
      destroy: this.db.prepare<[string, number]>("DELETE FROM sessions WHERE id = ? AND expires_at > ?"),
      forget: this.db.prepare<[string]>("DELETE FROM sessions WHERE id = ?"),
      // The owner's index (sessions_owner) finds their rows; the row itself holds the owner, so the
      // index changes in the same transaction as every write that creates or deletes a session.
      owned: this.db.prepare<[string, number], Row>(`SELECT ${cols} FROM sessions WHERE owner = ? AND owner != '' AND expires_at > ? ORDER BY created_at`),
      total: this.db.prepare<[], { n: number }>("SELECT n FROM session_count WHERE id = 1"),
      bytes: this.db.prepare<[], { n: number }>("SELECT n FROM session_bytes WHERE id = 1"),
      clientBytes: this.db.prepare<[string], { n: number }>("SELECT n FROM client_bytes WHERE client = ?"),
      // The anonymous sessions that would expire soonest, the least recently used: the sweep index in
      // order, each bucket sorted by expiry as SQLite reaches it ("TEMP B-TREE FOR LAST TERM"), not a sort of the table.
      evictable: this.db.prepare<[string], { id: string }>(
        "SELECT id FROM sessions INDEXED BY sessions_sweep_at WHERE login = 0 AND id != ? ORDER BY sweep_at, expires_at LIMIT 32",
      ),
      // Every row expired at `now` sits in a bucket at or before now's: the index finds them, and
      // `expires_at` keeps those of the current bucket that have not expired yet.
      expired: this.db.prepare<[number, number], { n: number }>("SELECT count(*) AS n FROM sessions WHERE sweep_at <= ? AND expires_at <= ?"),
      sweep: this.db.prepare<[number, number]>("DELETE FROM sessions WHERE sweep_at <= ? AND expires_at <= ?"),
    };
    this.tx = {
      set: this.db.transaction(this.setTransaction.bind(this)),
      update: this.db.transaction(this.updateTransaction.bind(this)),
      destroyOwned: this.db.transaction((owner: string, now: number, options?: DestroyOwnedOptions) => {
        const ended = this.q.owned
          .all(owner, now)
          .map((row) => row.id)
          .filter((id) => picked(id, options));
        for (const id of ended) this.q.forget.run(id);
        return ended;
      }),
    };
  }

  async get(id: string): Promise<SessionRecord | null> {
    return this.run(() => {
      const row = this.q.get.get(id, this.now());
      return row ? toRecord(row) : null;
    });
  }

  async set(id: string, r: SessionRecord, ttlMs: number, options: SetOptions = {}): Promise<void> {
    const json = JSON.stringify(r.data);
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
    this.run(() => this.tx.set.immediate(id, r, json, this.now(), ttlMs, options));
  }

  async destroy(id: string): Promise<boolean> {
    return this.run(() => {
      const live = this.q.destroy.run(id, this.now()).changes > 0;
      this.q.forget.run(id);
      return live;
    });
  }

  async touch(id: string, times: ActivityTimes, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const expiresAt = now + ttlMs;
    return this.run(() => this.q.touch.run(times.lastSeenAt, times.idleExpiresAt, expiresAt, sweepBucket(expiresAt), id, now).changes > 0);
  }

  async update(id: string, patch: SessionPatch, o: UpdateOptions): Promise<SessionRecord | null> {
    return this.run(() => this.tx.update.immediate(id, patch, o, this.now()));
  }

  /** The read-check-write steps of set and update, each one SQLite transaction (built once: see the constructor). */
  private setTransaction(id: string, r: SessionRecord, json: string, now: number, ttlMs: number, options: SetOptions): void {
    const bytes = Buffer.byteLength(json, "utf8");
    const full = this.makeRoom(id, now, () => this.full(id, bytes, options));
    if (full) throw full;
    const expiresAt = now + ttlMs;
    const row = [id, json, r.createdAt, r.lastSeenAt, r.idleExpiresAt, r.absoluteExpiresAt, expiresAt, sweepBucket(expiresAt)];
    this.q.upsert.run(...row, options.client ?? "", options.login ? 1 : 0, options.owner ?? "");
  }

  private updateTransaction(id: string, patch: SessionPatch, o: UpdateOptions, now: number): SessionRecord | null {
    const row = this.q.getWritable.get(id, now);
    if (!row) return null;
    const data = applyAppend(applyPatch(JSON.parse(row.data) as SessionRecord["data"], patch), o.append);
    const json = JSON.stringify(data);
    const bytes = Buffer.byteLength(json, "utf8");
    // Throwing inside the transaction rolls it back: nothing is stored.
    if (bytes > o.maxBytes) throw new SessionTooLargeError(bytes, o.maxBytes);
    const old = Buffer.byteLength(row.data, "utf8");
    const refusal = () =>
      this.clientRefusal(row.client, old, bytes) ?? (this.overBudget(old, bytes, capsFor(this).bytes) ? new StoreFullError("bytes", this.maxBytes) : null);
    const full = this.makeRoom(id, now, refusal); // this row is live and never its own victim, so it stays
    if (full) throw full;
    const expiresAt = now + o.ttlMs;
    const bucket = sweepBucket(expiresAt);
    if (bucket === row.sweep_at) this.q.write.run(json, o.lastSeenAt, o.idleExpiresAt, expiresAt, id);
    else this.q.writeRebucketed.run(json, o.lastSeenAt, o.idleExpiresAt, expiresAt, bucket, id);
    return {
      id: row.id,
      data,
      createdAt: row.created_at,
      lastSeenAt: o.lastSeenAt,
      idleExpiresAt: o.idleExpiresAt,
      absoluteExpiresAt: row.absolute_expires_at,
    };
  }

  async listOwned(owner: string): Promise<SessionRecord[]> {
    return this.run(() => this.q.owned.all(owner, this.now()).map(toRecord));
  }

  async destroyOwned(owner: string, options?: DestroyOwnedOptions): Promise<string[]> {
    return this.run(() => this.tx.destroyOwned.immediate(owner, this.now(), options));
  }

  async count(): Promise<number> {
    const now = this.now();
    return this.run(() => this.q.total.get()!.n - this.q.expired.get(sweepBucket(now), now)!.n);
  }

  async sweep(now: number): Promise<number> {
    return this.run(() => this.sweepAt(now));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /**
   * The refusal a write of `bytes` of data under `id` meets, or null when it fits: the client's own
   * budget first (its 429 is about that client alone), then the store's caps.
   */
  private full(id: string, bytes: number, options: SetOptions): ApiRefusal | null {
    const row = this.q.rowBytes.get(id);
    const client = row ? row.client : (options.client ?? "");
    const caps = capsFor(this, options.login);
    const clientFull = this.clientRefusal(client, row?.n ?? 0, bytes);
    if (clientFull) return clientFull;
    if (!row && this.q.total.get()!.n >= caps.sessions) return new StoreFullError("sessions", this.maxSessions);
    return this.overBudget(row?.n ?? 0, bytes, caps.bytes) ? new StoreFullError("bytes", this.maxBytes) : null;
  }

  /** Only growth is refused: a write that keeps or shrinks a session's size always fits. */
  private overBudget(oldBytes: number, bytes: number, cap: number): boolean {
    return bytes > oldBytes && this.q.bytes.get()!.n - oldBytes + bytes > cap;
  }

  /** The refusal when growing one of `client`'s sessions from `oldBytes` to `bytes` passes its budget. */
  private clientRefusal(client: string, oldBytes: number, bytes: number): ClientBudgetError | null {
    if (!client || bytes <= oldBytes || this.maxBytesPerClient === Infinity) return null;
    const held = this.q.clientBytes.get(client)?.n ?? 0;
    return held - oldBytes + bytes > this.maxBytesPerClient ? ClientBudgetError.bytes(this.maxBytesPerClient) : null;
  }

  /**
   * The refusal `check` still gives after making what room the store may: expired rows count until
   * swept, so they go first; then, with `evictAnonymous`, the anonymous sessions that would expire
   * soonest, a few at a time, never `keep` (the session being written) and never a login's. A
   * client over its own budget is never helped by evicting others.
   */
  private makeRoom(keep: string, now: number, check: () => ApiRefusal | null): ApiRefusal | null {
    let refusal = check();
    if (!refusal) return null;
    this.sweepAt(now);
    refusal = check();
    while (this.evictAnonymous && refusal instanceof StoreFullError) {
      const victims = this.q.evictable.all(keep);
      if (victims.length === 0) break;
      for (const victim of victims) {
        this.q.forget.run(victim.id);
        refusal = check();
        if (!(refusal instanceof StoreFullError)) break;
      }
    }
    return refusal;
  }

  /** Deletes the rows expired at `now`; returns how many. */
  private sweepAt(now: number): number {
    return this.q.sweep.run(sweepBucket(now), now).changes;
  }

  /** SQLite's own failures (busy past the timeout, disk full, I/O) become a 503 a learner can read. */
  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof SqliteError) {
        throw new StoreUnavailableError(`The SQLite session store (${this.path}) could not complete the request (${err.code}); try again in a moment.`, {
          cause: err,
        });
      }
      throw err;
    }
  }
}
