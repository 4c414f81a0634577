import { MemoryStore } from "../session/memory-store";

/**
 * The stores demo's memory stores, one per visitor (per browser, named by the demo's visitor
 * cookie), so that one visitor's simulated restart, or flood of sessions, touches only their own.
 *
 * Bounded twice, so a flood of visitors or of sessions cannot grow the process's memory:
 * - at most `maxVisitors` stores (500): a new visitor past it evicts the least recently used
 *   visitor's whole store, as a cache would;
 * - at most `maxPerClient` of them (100) for one client address: a browser that drops its visitor
 *   cookie in a loop makes new stores, and past its share it evicts its own oldest, not other
 *   people's (a class of 40 behind one school router, each with two browsers, fits);
 * - each store keeps at most `maxSessions` sessions (20) and `maxBytes` of session JSON (16 KiB,
 *   twice the demo manager's 8 KiB per session), evicting its own least recently used sessions.
 * In all, at most 500 x 16 KiB = 8 MiB of session JSON.
 */
export interface VisitorStoreLimits {
  maxVisitors: number;
  maxPerClient: number;
  maxSessions: number;
  maxBytes: number;
}

export const VISITOR_STORE_LIMITS: VisitorStoreLimits = { maxVisitors: 500, maxPerClient: 100, maxSessions: 20, maxBytes: 16 * 1024 };

export class VisitorMemoryStores {
  // A Map iterates in insertion order; re-inserting on use makes its first key the LRU visitor.
  private readonly stores = new Map<string, MemoryStore>();
  /** Which client made each visitor's store (in the order they were made), and how many each client has. */
  private readonly owners = new Map<string, string>();
  private readonly perClient = new Map<string, number>();

  constructor(readonly limits: VisitorStoreLimits = VISITOR_STORE_LIMITS) {}

  /** How many visitors have a store. */
  get size(): number {
    return this.stores.size;
  }

  /**
   * The visitor's store, now the most recently used. A visitor without one gets a new one when
   * `create` (a write), else an empty store that is not kept (a read or delete finds nothing).
   */
  get(visitor: string, create: boolean, client?: string): MemoryStore {
    const existing = this.stores.get(visitor);
    if (existing) {
      this.stores.delete(visitor);
      this.stores.set(visitor, existing);
      return existing;
    }
    const store = this.newStore();
    if (!create) return store;
    if (client && (this.perClient.get(client) ?? 0) >= this.limits.maxPerClient) {
      // The client's own least recently used store: the Map's order, skipping other clients' stores.
      for (const [id, owner] of this.owners) {
        if (owner === client && this.stores.has(id)) {
          this.drop(id);
          break;
        }
      }
    }
    while (this.stores.size >= this.limits.maxVisitors) this.drop(this.stores.keys().next().value as string);
    if (client) {
      this.owners.set(visitor, client);
      this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    }
    this.stores.set(visitor, store);
    return store;
  }

  /** Whether the visitor has a store. */
  has(visitor: string): boolean {
    return this.stores.has(visitor);
  }

  /**
   * The visitor's simulated restart: their store is replaced by an empty one, what a process
   * restart would leave; the other visitors' stores are untouched. Returns how many sessions were lost.
   */
  async restart(visitor: string): Promise<number> {
    const old = this.stores.get(visitor);
    if (!old) return 0;
    const lost = await old.count();
    await old.close();
    this.stores.delete(visitor);
    this.stores.set(visitor, this.newStore());
    return lost;
  }

  private newStore(): MemoryStore {
    return new MemoryStore({ maxSessions: this.limits.maxSessions, maxBytes: this.limits.maxBytes });
  }

  private drop(visitor: string): void {
    void this.stores.get(visitor)?.close();
    this.stores.delete(visitor);
    const client = this.owners.get(visitor);
    if (client === undefined) return;
    this.owners.delete(visitor);
    const left = (this.perClient.get(client) ?? 1) - 1;
    if (left > 0) this.perClient.set(client, left);
    else this.perClient.delete(client);
  }
}
