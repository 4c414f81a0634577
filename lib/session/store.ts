import { jsonKind, NotAListError } from "./errors";

/**
 * The one interface every server-side session store implements (SQLite, memory, Redis).
 * The same conformance suite (`store-conformance.ts`) runs against each real store.
 *
 * Timestamps are milliseconds since the epoch. The store only garbage-collects: it forgets a
 * record `ttlMs` after the last `set`/`touch`/`update`. Idle and absolute timeouts are the
 * manager's business (OWASP Session Management Cheat Sheet, "Session Expiration").
 */
export type SessionData = Record<string, unknown>;

export type StoreKind = "sqlite" | "memory" | "redis";

export interface SessionRecord {
  id: string;
  data: SessionData;
  createdAt: number;
  lastSeenAt: number;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
}

/**
 * A shallow merge-patch (RFC 7396 applied to the top level only): each key replaces the
 * stored value, `null` deletes the key, `undefined` is ignored. Nested objects are replaced
 * whole. A patch, unlike an update callback, can run inside a SQLite transaction or a Redis
 * Lua script, so concurrent writers of different keys never lose each other's updates.
 */
export type SessionPatch = Record<string, unknown>;

/**
 * Values to push onto the array at each key, in the same atomic step as the patch (after it):
 * a missing key starts a one-item array; a key holding anything but an array refuses the whole
 * update (`NotAListError`, 409). Two appends never lose each other's item, whatever the order.
 */
export type SessionAppend = Record<string, unknown>;

/** The activity timestamps a write or touch moves forward. */
export interface ActivityTimes {
  lastSeenAt: number;
  idleExpiresAt: number;
}

export interface UpdateOptions extends ActivityTimes {
  /** How long the store keeps the record after this write. */
  ttlMs: number;
  /** Refuse (throw `SessionTooLargeError`, store nothing) when the merged data is larger. */
  maxBytes: number;
  /** Pushed onto arrays after the patch is merged, in the same atomic step. */
  append?: SessionAppend;
}

export interface SessionStore {
  readonly kind: StoreKind;
  /** The record, or null when it never existed, was destroyed or outlived its ttl. */
  get(id: string): Promise<SessionRecord | null>;
  /** Create or replace. Creating past the store's cap throws `StoreFullError` (memory evicts instead). */
  set(id: string, record: SessionRecord, ttlMs: number): Promise<void>;
  /** True when a live record was removed. */
  destroy(id: string): Promise<boolean>;
  /** Moves the activity times and the ttl; false when there is no live record. */
  touch(id: string, times: ActivityTimes, ttlMs: number): Promise<boolean>;
  /** Atomically applies `patch`, then `options.append`, to the data; null when there is no live record. */
  update(id: string, patch: SessionPatch, options: UpdateOptions): Promise<SessionRecord | null>;
  /** Live (unexpired) records. */
  count(): Promise<number>;
  /** Removes records expired at `now`, in O(expired); returns how many. Redis uses its own clock. */
  sweep(now: number): Promise<number>;
  close(): Promise<void>;
}

/** Applies a shallow merge-patch; values are normalised through JSON, as every store keeps JSON. */
export function applyPatch(data: SessionData, patch: SessionPatch): SessionData {
  const out: SessionData = { ...data };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return out;
}

/** Applies an append (see `SessionAppend`); values are normalised through JSON like a patch's. */
export function applyAppend(data: SessionData, append: SessionAppend | undefined): SessionData {
  if (!append) return data;
  const out: SessionData = { ...data };
  for (const [key, value] of Object.entries(append)) {
    if (value === undefined) continue;
    const current = out[key];
    if (current !== undefined && !Array.isArray(current)) throw new NotAListError(key, jsonKind(JSON.stringify(current)));
    out[key] = [...((current as unknown[] | undefined) ?? []), JSON.parse(JSON.stringify(value)) as unknown];
  }
  return out;
}

/** The size the per-session limit counts: UTF-8 bytes of the JSON-serialised data. */
export function dataBytes(data: SessionData): number {
  return Buffer.byteLength(JSON.stringify(data), "utf8");
}
