import { createHash } from "node:crypto";
import { createClient, ErrorReply } from "redis";
import { ClientBudgetError, jsonKind, NotAListError, SessionTooLargeError, StoreFullError, StoreUnavailableError } from "./errors";
import { STORE_MAX_BYTES } from "./limits";
import { COUNT_SCRIPT, DESTROY_OWNED_SCRIPT, DESTROY_SCRIPT, SET_SCRIPT, SWEEP_SCRIPT, TOUCH_SCRIPT, UPDATE_SCRIPT } from "./redis-scripts";
import type { ActivityTimes, DestroyOwnedOptions, FairnessOptions, SessionPatch, SessionRecord, SessionStore, SetOptions, UpdateOptions } from "./store";
import { capsFor } from "./store";

export interface RedisStoreOptions extends FairnessOptions {
  /** The server, as `redis://host:port` (create-store.ts reads REDIS_URL). */
  url: string;
  /** Prefix of every key this store writes. @default "csl:" */
  prefix?: string;
  /** Most live sessions; creating one more throws `StoreFullError` (503). @default 100000 */
  maxSessions?: number;
  /**
   * Most bytes of session data in all (UTF-8 bytes of each session's data JSON, the measure of the
   * per-session limit); a new or growing session past it throws `StoreFullError` (503). Redis's
   * own overhead per key comes on top. @default 268435456 (256 MiB)
   */
  maxBytes?: number;
  /** Bound on each command, so a stalled Redis answers 503 instead of hanging a request. @default 2000 */
  commandTimeoutMs?: number;
  /** How long a request waits for a (re)connection in progress before answering 503. @default 500 */
  readyTimeoutMs?: number;
  /** Longest pause between reconnection attempts; reconnecting never gives up. @default 2000 */
  maxReconnectDelayMs?: number;
}

type Reply = string | number | null | Reply[];

/** Sessions in Redis: shared by every app instance, expired by Redis's native TTL. */
export class RedisStore implements SessionStore {
  readonly kind = "redis" as const;
  readonly maxSessions: number;
  readonly maxBytes: number;
  readonly maxBytesPerClient: number;
  readonly loginReserve: number;
  readonly evictAnonymous: boolean;
  readonly url: string;
  private readonly prefix: string;
  private readonly readyTimeoutMs: number;
  private readonly client;
  private lastError: unknown;

  constructor(options: RedisStoreOptions) {
    this.url = options.url;
    this.prefix = options.prefix ?? "csl:";
    this.maxSessions = options.maxSessions ?? 100_000;
    this.maxBytes = options.maxBytes ?? STORE_MAX_BYTES;
    this.maxBytesPerClient = options.maxBytesPerClient ?? Infinity;
    this.loginReserve = options.loginReserve ?? 0;
    this.evictAnonymous = options.evictAnonymous ?? false;
    this.readyTimeoutMs = options.readyTimeoutMs ?? 500;
    const maxDelay = options.maxReconnectDelayMs ?? 2000;
    this.client = createClient({
      url: this.url,
      // Without this, commands issued while Redis is down queue up until it returns: requests hang.
      disableOfflineQueue: true,
      commandOptions: { timeout: options.commandTimeoutMs ?? 2000 },
      socket: {
        connectTimeout: options.commandTimeoutMs ?? 2000,
        // Exponential backoff with jitter, capped, forever: the store heals when Redis is back.
        reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, maxDelay) * (0.75 + Math.random() / 2),
      },
    });
    // node-redis emits 'error' on every failed attempt; unhandled, it would crash the process.
    this.client.on("error", (err: unknown) => {
      this.lastError = err;
    });
    this.client.connect().catch((err: unknown) => {
      this.lastError = err;
    });
  }

  async get(id: string): Promise<SessionRecord | null> {
    // node-redis hands HGETALL back as an object; the same reply from a script is a flat array.
    const hash = (await this.command(["HGETALL", this.key(id)])) as unknown as Record<string, string>;
    const flat = Object.entries(hash).flat();
    return flat.length === 0 ? null : this.toRecord(id, flat);
  }

  async set(id: string, r: SessionRecord, ttlMs: number, options: SetOptions = {}): Promise<void> {
    const meta = [r.createdAt, r.lastSeenAt, r.idleExpiresAt, r.absoluteExpiresAt].map(String);
    const caps = capsFor(this, options.login);
    const limits = [String(caps.sessions), String(caps.bytes)];
    const args = [
      id,
      String(Math.max(1, Math.ceil(ttlMs))),
      ...limits,
      ...meta,
      options.client ?? "",
      this.clientBudget,
      options.login ? "1" : "0",
      this.evict,
      options.owner ?? "",
      ...fields(r.data),
    ];
    const result = await this.script(SET_SCRIPT, this.keys(id), args);
    if (result === -3) throw ClientBudgetError.bytes(this.maxBytesPerClient);
    if (result === -1) throw new StoreFullError("sessions", this.maxSessions);
    if (result === -2) throw new StoreFullError("bytes", this.maxBytes);
  }

  async destroy(id: string): Promise<boolean> {
    return (await this.script(DESTROY_SCRIPT, this.keys(id), [id])) === 1;
  }

  async touch(id: string, t: ActivityTimes, ttlMs: number): Promise<boolean> {
    const args = [id, String(Math.max(1, Math.ceil(ttlMs))), String(t.lastSeenAt), String(t.idleExpiresAt)];
    return (await this.script(TOUCH_SCRIPT, [this.key(id), this.indexKey], args)) === 1;
  }

  async update(id: string, patch: SessionPatch, o: UpdateOptions): Promise<SessionRecord | null> {
    const ops: string[] = [];
    for (const [k, v] of Object.entries(patch)) {
      if (v !== undefined) ops.push(JSON.stringify(k), v === null ? "" : JSON.stringify(v));
    }
    const appends = fields(o.append ?? {});
    const ttl = String(Math.max(1, Math.ceil(o.ttlMs)));
    const limits = [String(o.maxBytes), String(capsFor(this).bytes)];
    const args = [id, ttl, ...limits, String(o.lastSeenAt), String(o.idleExpiresAt), this.clientBudget, this.evict, String(ops.length / 2), ...ops, ...appends];
    const reply = (await this.script(UPDATE_SCRIPT, this.keys(id), args)) as Reply[];
    if (reply.length === 0) return null;
    if (reply[0] === -2) throw new SessionTooLargeError(Number(reply[1]), o.maxBytes);
    if (reply[0] === -3) throw new NotAListError(JSON.parse(String(reply[1])) as string, jsonKind(String(reply[2])));
    if (reply[0] === -4) throw new StoreFullError("bytes", this.maxBytes);
    if (reply[0] === -5) throw ClientBudgetError.bytes(this.maxBytesPerClient);
    return this.toRecord(id, reply as string[]);
  }

  async listOwned(owner: string): Promise<SessionRecord[]> {
    const ids = (await this.command(["SMEMBERS", this.ownedKey(owner)])) as string[];
    const records = await Promise.all(ids.map((id) => this.get(id)));
    return records.filter((r): r is SessionRecord => r !== null).sort((a, b) => a.createdAt - b.createdAt);
  }

  async destroyOwned(owner: string, options: DestroyOwnedOptions = {}): Promise<string[]> {
    const only = options.ids ? ["1", ...options.ids] : ["0"];
    const keys = [this.ownedKey(owner), ...this.keys("").slice(1)];
    return (await this.script(DESTROY_OWNED_SCRIPT, keys, [options.except ?? "", ...only])) as string[];
  }

  async count(): Promise<number> {
    return Number(await this.script(COUNT_SCRIPT, [this.indexKey], []));
  }

  async sweep(): Promise<number> {
    return Number(
      await this.script(SWEEP_SCRIPT, [this.indexKey, this.sizesKey, this.bytesKey, this.clientsKey, this.clientBytesKey, this.loginsKey, this.ownersKey], []),
    );
  }

  async close(): Promise<void> {
    if (this.client.isReady) await this.client.close();
    else if (this.client.isOpen) this.client.destroy();
  }

  private get indexKey(): string {
    return `${this.prefix}index`;
  }

  /** Each session's data size, for the byte budget: a HASH of id -> bytes, which never expires. */
  private get sizesKey(): string {
    return `${this.prefix}sizes`;
  }

  /** The sum of the sizes. */
  private get bytesKey(): string {
    return `${this.prefix}bytes`;
  }

  /** Who started each session (id -> client), for sessions whose client is known. */
  private get clientsKey(): string {
    return `${this.prefix}clients`;
  }

  /** Each client's sum of sizes (client -> bytes), for the per-client budget. */
  private get clientBytesKey(): string {
    return `${this.prefix}client-bytes`;
  }

  /** The sessions a login started, which eviction spares. */
  private get loginsKey(): string {
    return `${this.prefix}logins`;
  }

  /** Each owned session's account (id -> owner); the script helpers derive the owners' SETs from this key's prefix. */
  private get ownersKey(): string {
    return `${this.prefix}owners`;
  }

  /** The SET of one owner's session ids (redis-scripts.ts, ownedKey). */
  private ownedKey(owner: string): string {
    return `${this.prefix}owned:${owner}`;
  }

  private get evict(): string {
    return this.evictAnonymous ? "1" : "0";
  }

  /** The per-client budget as the scripts take it: -1 for none. */
  private get clientBudget(): string {
    return this.maxBytesPerClient === Infinity ? "-1" : String(this.maxBytesPerClient);
  }

  private key(id: string): string {
    return `${this.prefix}s:${id}`;
  }

  /** KEYS of the session scripts (redis-scripts.ts). */
  private keys(id: string): string[] {
    return [this.key(id), this.indexKey, this.sizesKey, this.bytesKey, this.clientsKey, this.clientBytesKey, this.loginsKey, this.ownersKey];
  }

  private toRecord(id: string, flat: string[]): SessionRecord {
    const record: SessionRecord = { id, data: {}, createdAt: 0, lastSeenAt: 0, idleExpiresAt: 0, absoluteExpiresAt: 0 };
    for (let i = 0; i < flat.length; i += 2) {
      const field = flat[i]!;
      const value = flat[i + 1]!;
      if (field === "@c") record.createdAt = Number(value);
      else if (field === "@l") record.lastSeenAt = Number(value);
      else if (field === "@i") record.idleExpiresAt = Number(value);
      else if (field === "@a") record.absoluteExpiresAt = Number(value);
      else record.data[JSON.parse(field) as string] = JSON.parse(value) as unknown;
    }
    return record;
  }

  /** EVALSHA, falling back to EVAL when Redis has not seen the script (e.g. after a restart). */
  private async script(source: string, keys: string[], args: string[]): Promise<Reply> {
    const sha = createHash("sha1").update(source).digest("hex");
    const tail = [String(keys.length), ...keys, ...args];
    try {
      return await this.command(["EVALSHA", sha, ...tail]);
    } catch (err) {
      if (err instanceof ErrorReply && err.message.startsWith("NOSCRIPT")) return this.command(["EVAL", source, ...tail]);
      throw err;
    }
  }

  private async command(args: string[]): Promise<Reply> {
    await this.ready();
    try {
      return (await this.client.sendCommand(args)) as Reply;
    } catch (err) {
      // A reply error is Redis answering (a bug here, not an outage): let it surface as a 500.
      if (err instanceof ErrorReply) throw err;
      throw this.unavailable(err);
    }
  }

  private async ready(): Promise<void> {
    if (this.client.isReady) return;
    if (this.client.isOpen) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.client.off("ready", done);
          resolve();
        };
        const timer = setTimeout(done, this.readyTimeoutMs);
        this.client.once("ready", done);
      });
    }
    if (!this.client.isReady) throw this.unavailable(this.lastError);
  }

  private unavailable(cause: unknown): StoreUnavailableError {
    const where = new URL(this.url).host;
    return new StoreUnavailableError(
      `The Redis session store at ${where} is not answering, so the server can neither read nor save sessions right now; try again in a moment.`,
      { cause },
    );
  }
}

/** Data as HASH fields: JSON-encoded key, JSON value (see redis-scripts.ts). */
function fields(data: SessionRecord["data"]): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(data)) if (v !== undefined) out.push(JSON.stringify(k), JSON.stringify(v));
  return out;
}
