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

export const STORE_KINDS = ["sqlite", "memory", "redis"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

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

/** Whose record `set` creates: the client it counts against, and whether it is a login. */
export interface SetOptions {
  /** The client's key (lib/http/client-address.ts); its records together hold at most the store's `maxBytesPerClient`. */
  client?: string;
  /** A login may use the part of the store's caps kept for logins (`loginReserve`); nobody else may. */
  login?: boolean;
  /**
   * The account the session belongs to ('' or absent: none), indexed in the same atomic step as the
   * write, so `listOwned` and `destroyOwned` find every session of one user ("log out everywhere").
   * A record set again under the same id without an owner keeps the one it had.
   */
  owner?: string;
}

/** Which of an owner's sessions `destroyOwned` ends. */
export interface DestroyOwnedOptions {
  /** Only these ids, when given; an id that is not the owner's is ignored, never ended. */
  ids?: string[];
  /** Never this id (the device asking: "log out my other devices"). */
  except?: string;
}

/** The fairness options every store that refuses (SQLite, Redis) takes beside its caps. */
export interface FairnessOptions {
  /** Most bytes of data (the per-session measure) one client's sessions hold together; past it, 429. @default Infinity */
  maxBytesPerClient?: number;
  /** The share (0 to 1) of the sessions and bytes caps that only logins may use. @default 0 */
  loginReserve?: number;
  /**
   * At a cap, make room by ending the anonymous sessions (never a login's) that would expire soonest,
   * the least recently used, instead of refusing (503). @default false
   */
  evictAnonymous?: boolean;
}

/** A store's caps for one write: all of them for a login, the caps less the reserve for anyone else. */
export function capsFor(store: { maxSessions: number; maxBytes: number; loginReserve: number }, login = false): { sessions: number; bytes: number } {
  const keep = login ? 0 : store.loginReserve;
  return { sessions: Math.floor(store.maxSessions * (1 - keep)), bytes: Math.floor(store.maxBytes * (1 - keep)) };
}

export interface SessionStore {
  readonly kind: StoreKind;
  /** The record, or null when it never existed, was destroyed or outlived its ttl. */
  get(id: string): Promise<SessionRecord | null>;
  /**
   * Create or replace. Creating past the store's cap throws `StoreFullError` (memory evicts instead);
   * past the client's byte budget, `ClientBudgetError`.
   */
  set(id: string, record: SessionRecord, ttlMs: number, options?: SetOptions): Promise<void>;
  /** True when a live record was removed. */
  destroy(id: string): Promise<boolean>;
  /** Moves the activity times and the ttl; false when there is no live record. */
  touch(id: string, times: ActivityTimes, ttlMs: number): Promise<boolean>;
  /** Atomically applies `patch`, then `options.append`, to the data; null when there is no live record. */
  update(id: string, patch: SessionPatch, options: UpdateOptions): Promise<SessionRecord | null>;
  /** The owner's live records (see `SetOptions.owner`), oldest first. */
  listOwned(owner: string): Promise<SessionRecord[]>;
  /** Ends the owner's live records that `options` picks, as `destroy` would, in one atomic step; returns their ids. */
  destroyOwned(owner: string, options?: DestroyOwnedOptions): Promise<string[]>;
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

/** Whether `destroyOwned` ends the owner's session `id`. */
export function picked(id: string, options: DestroyOwnedOptions = {}): boolean {
  return id !== options.except && (!options.ids || options.ids.includes(id));
}
