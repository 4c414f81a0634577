import { ExpiryHeap } from "./expiry-heap";
import { ClientBudgetError, SessionTooLargeError } from "./errors";
import { STORE_MAX_BYTES } from "./limits";
import type { ActivityTimes, DestroyOwnedOptions, SessionPatch, SessionRecord, SessionStore, SetOptions, UpdateOptions } from "./store";
import { applyAppend, applyPatch, dataBytes as sizeOf, picked } from "./store";

const dataBytes = (record: SessionRecord) => sizeOf(record.data);

export interface MemoryStoreOptions {
  /**
   * Most live sessions kept; past it the least recently used session is evicted (this store
   * is a cache: it is lost on restart anyway).
   * @default 10000
   */
  maxSessions?: number;
  /**
   * Most bytes of session JSON kept in all; past it the least recently used sessions are evicted,
   * so a flood of large sessions cannot exhaust the app's memory.
   * @default 268435456 (256 MiB)
   */
  maxBytes?: number;
  /**
   * Most bytes of data (the per-session measure) one client's sessions hold together; a write past
   * it is refused (429) rather than evicting anyone's session. @default Infinity
   */
  maxBytesPerClient?: number;
  /** Clock for the ttl, injectable for tests. @default Date.now */
  now?: () => number;
}

interface Entry {
  /** Kept as JSON so callers never share mutable objects with the store, like the other stores. */
  json: string;
  expiresAt: number;
  /** Who started it ('' when unknown), and the size of its data, for the per-client budget. */
  client: string;
  dataBytes: number;
  /** The account it belongs to ('' for none), indexed in `owned`. */
  owner: string;
}

/** An in-process LRU store: fast, bounded, gone on restart, not shared between instances. */
export class MemoryStore implements SessionStore {
  readonly kind = "memory" as const;
  readonly maxSessions: number;
  readonly maxBytes: number;
  readonly maxBytesPerClient: number;
  private bytes = 0;
  private readonly clientBytes = new Map<string, number>();
  private readonly now: () => number;
  // A Map iterates in insertion order; re-inserting on access makes its first key the LRU one.
  private readonly entries = new Map<string, Entry>();
  private readonly heap = new ExpiryHeap();
  /** Each owner's session ids, kept in step with `entries` by `put` and `remove`. */
  private readonly owned = new Map<string, Set<string>>();

  constructor(options: MemoryStoreOptions = {}) {
    this.maxSessions = options.maxSessions ?? 10_000;
    this.maxBytes = options.maxBytes ?? STORE_MAX_BYTES;
    this.maxBytesPerClient = options.maxBytesPerClient ?? Infinity;
    this.now = options.now ?? Date.now;
  }

  async get(id: string): Promise<SessionRecord | null> {
    const entry = this.live(id);
    if (!entry) return null;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return JSON.parse(entry.json) as SessionRecord;
  }

  async set(id: string, record: SessionRecord, ttlMs: number, options: SetOptions = {}): Promise<void> {
    const old = this.live(id);
    const isNew = !old;
    const client = old ? old.client : (options.client ?? "");
    const owner = options.owner || (old?.owner ?? "");
    this.assertClientFits(client, old?.dataBytes ?? 0, dataBytes(record));
    this.remove(id);
    if (isNew && this.entries.size >= this.maxSessions) {
      this.sweepSync(this.now());
      while (this.entries.size >= this.maxSessions) this.remove(this.entries.keys().next().value as string);
    }
    this.put(id, { ...record, id }, ttlMs, client, undefined, owner);
  }

  async destroy(id: string): Promise<boolean> {
    const existed = this.live(id) !== undefined;
    this.remove(id);
    return existed;
  }

  async touch(id: string, times: ActivityTimes, ttlMs: number): Promise<boolean> {
    const entry = this.live(id);
    if (!entry) return false;
    const record = JSON.parse(entry.json) as SessionRecord;
    this.remove(id);
    this.put(id, { ...record, ...times }, ttlMs, entry.client, entry.dataBytes, entry.owner);
    return true;
  }

  // Atomic by construction: no await between the read and the write.
  async update(id: string, patch: SessionPatch, options: UpdateOptions): Promise<SessionRecord | null> {
    const entry = this.live(id);
    if (!entry) return null;
    const record = JSON.parse(entry.json) as SessionRecord;
    const data = applyAppend(applyPatch(record.data, patch), options.append);
    const bytes = Buffer.byteLength(JSON.stringify(data), "utf8");
    if (bytes > options.maxBytes) throw new SessionTooLargeError(bytes, options.maxBytes);
    this.assertClientFits(entry.client, entry.dataBytes, bytes);
    const next: SessionRecord = {
      ...record,
      data,
      lastSeenAt: options.lastSeenAt,
      idleExpiresAt: options.idleExpiresAt,
    };
    this.remove(id);
    this.put(id, next, options.ttlMs, entry.client, bytes, entry.owner);
    return next;
  }

  async listOwned(owner: string): Promise<SessionRecord[]> {
    const records: SessionRecord[] = [];
    for (const id of this.owned.get(owner) ?? []) {
      const entry = this.live(id);
      if (entry) records.push(JSON.parse(entry.json) as SessionRecord);
    }
    return records.sort((a, b) => a.createdAt - b.createdAt);
  }

  // Atomic by construction: no await between the read and the removals.
  async destroyOwned(owner: string, options?: DestroyOwnedOptions): Promise<string[]> {
    const ended = [...(this.owned.get(owner) ?? [])].filter((id) => this.live(id) && picked(id, options));
    for (const id of ended) this.remove(id);
    return ended;
  }

  async count(): Promise<number> {
    this.sweepSync(this.now());
    return this.entries.size;
  }

  async sweep(now: number): Promise<number> {
    return this.sweepSync(now);
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.heap.clear();
    this.clientBytes.clear();
    this.owned.clear();
    this.bytes = 0;
  }

  /** Growing one of `client`'s sessions from `oldBytes` to `bytes` of data must stay within its budget. */
  private assertClientFits(client: string, oldBytes: number, bytes: number): void {
    if (!client || bytes <= oldBytes) return;
    const over = () => (this.clientBytes.get(client) ?? 0) - oldBytes + bytes > this.maxBytesPerClient;
    // Expired sessions count until swept: drop them, and look again, before refusing.
    if (over()) this.sweepSync(this.now());
    if (over()) throw ClientBudgetError.bytes(this.maxBytesPerClient);
  }

  private live(id: string): Entry | undefined {
    // Expired entries stay until a sweep, like SQLite rows; they are invisible meanwhile.
    const entry = this.entries.get(id);
    return entry && entry.expiresAt > this.now() ? entry : undefined;
  }

  private put(id: string, record: SessionRecord, ttlMs: number, client: string, size = dataBytes(record), owner = ""): void {
    const expiresAt = this.now() + ttlMs;
    const json = JSON.stringify(record);
    this.entries.set(id, { json, expiresAt, client, dataBytes: size, owner });
    if (owner) {
      const ids = this.owned.get(owner) ?? new Set<string>();
      this.owned.set(owner, ids.add(id));
    }
    this.bytes += json.length;
    if (client) this.clientBytes.set(client, (this.clientBytes.get(client) ?? 0) + size);
    // Evict from the least recently used end, never the record just written.
    while (this.bytes > this.maxBytes && this.entries.size > 1) this.remove(this.entries.keys().next().value as string);
    this.heap.push(expiresAt, id);
    if (this.heap.size > 2 * this.entries.size + 1024) this.rebuildHeap();
  }

  private sweepSync(now: number): number {
    let removed = 0;
    for (let top = this.heap.popExpired(now); top; top = this.heap.popExpired(now)) {
      const entry = this.entries.get(top.id);
      // A stale heap entry: the session was touched (new expiry) or already removed.
      if (entry && entry.expiresAt === top.expiresAt) {
        this.remove(top.id);
        removed++;
      }
    }
    return removed;
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.bytes -= entry.json.length;
    this.entries.delete(id);
    const ids = entry.owner ? this.owned.get(entry.owner) : undefined;
    if (ids?.delete(id) && ids.size === 0) this.owned.delete(entry.owner);
    if (entry.client) {
      const held = (this.clientBytes.get(entry.client) ?? 0) - entry.dataBytes;
      if (held > 0) this.clientBytes.set(entry.client, held);
      else this.clientBytes.delete(entry.client);
    }
  }

  private rebuildHeap(): void {
    this.heap.clear();
    for (const [id, entry] of this.entries) this.heap.push(entry.expiresAt, id);
  }
}
