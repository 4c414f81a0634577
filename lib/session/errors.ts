import { ApiError } from "@/lib/http/api-error";
import { CLIENT_BYTES_RETRY_SECONDS } from "./limits";

/** The store cannot be reached (Redis down, SQLite busy): 503, and nothing was read or written. */
export class StoreUnavailableError extends ApiError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(503, "store_unavailable", message);
    this.name = "StoreUnavailableError";
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** "268435456 bytes (256 MiB)": the exact number, and the size a person reads when it is round. */
function formatBudget(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${bytes} bytes (${mib} MiB)` : `${bytes} bytes`;
}

/**
 * The store holds its maximum number of live sessions, or of bytes of session data, and could make
 * no room: SQLite and Redis refuse the new (or growing) session (503). The site's stores first end
 * the least recently used anonymous sessions (`evictAnonymous`), never a login's, so this is
 * answered only when logins fill the store. The memory store, a cache by nature, always evicts.
 */
export class StoreFullError extends ApiError {
  constructor(
    readonly limit: "sessions" | "bytes",
    readonly max: number,
  ) {
    super(
      503,
      "store_full",
      limit === "sessions"
        ? `The session store already holds its maximum of ${max} sessions, so no new session can start until some expire; try again later.`
        : `The session store already holds its maximum of ${formatBudget(max)} of session data in all, so no session can start or grow until some expire or end; nothing was saved, try again later.`,
    );
    this.name = "StoreFullError";
  }
}

/**
 * One client (one address, or one IPv6 /64) holds its whole share of the store, or starts sessions
 * faster than a whole class would: 429 with Retry-After, and nothing was stored. Everyone else
 * carries on: the budgets exist so that no visitor can fill the store for the others.
 */
export class ClientBudgetError extends ApiError {
  constructor(
    readonly limit: "bytes" | "new_sessions",
    readonly max: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      429,
      limit === "bytes" ? "client_budget_full" : "too_many_new_sessions",
      limit === "bytes"
        ? `Your network address already holds ${formatBudget(max)} of session data in this store, the most one address may keep (a whole class behind one school router fits in it), so nothing was saved. End some of your sessions (Clear, Log out) or let them expire, then try again.`
        : `Your network address started ${max} sessions in the last 10 minutes, more than a whole class needs, so no new session was started. Try again in ${retryAfterSeconds} seconds, or keep using the sessions you have.`,
      { "retry-after": String(retryAfterSeconds) },
    );
    this.name = "ClientBudgetError";
  }

  /** The refusal when a client's sessions would hold more than its `max` bytes: its share frees up only as they end. */
  static bytes(max: number): ClientBudgetError {
    return new ClientBudgetError("bytes", max, CLIENT_BYTES_RETRY_SECONDS);
  }
}

/** The session data would exceed the per-session limit: 413, and nothing was stored. */
export class SessionTooLargeError extends ApiError {
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(413, "session_too_large", `This session's data would take ${bytes} bytes, more than the ${maxBytes}-byte limit per session, so nothing was saved.`);
    this.name = "SessionTooLargeError";
  }
}

/** What a JSON value is, in words, from its first character (data is stored as compact JSON). */
export function jsonKind(json: string): string {
  switch (json[0]) {
    case '"':
      return "a string";
    case "{":
      return "an object";
    case "t":
    case "f":
      return "true or false";
    case "n":
      return "null";
    default:
      return "a number";
  }
}

/** An append named a key whose value is not a list: 409, and nothing was stored. */
export class NotAListError extends ApiError {
  constructor(
    readonly key: string,
    readonly holds: string,
  ) {
    super(
      409,
      "not_a_list",
      `The session's key ${JSON.stringify(key)} holds ${holds}, not a list, so nothing can be appended to it and nothing was saved; remove it first (send it as null to POST /api/session).`,
    );
    this.name = "NotAListError";
  }
}
