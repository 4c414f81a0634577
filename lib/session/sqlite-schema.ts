import type { Database } from "./sqlite-open";

/**
 * How coarse the sweep index is. `sweep_at` is `expires_at` rounded up to a multiple of this, so an
 * update that moves a session's expiry within the same minute leaves the index alone: a write then
 * changes one page of the file instead of three (the row's, and the index entry it leaves and the
 * one it joins), which made a bare update 1.6 times as fast (BENCHMARKS.md). A sweep still removes exactly the
 * expired rows; it reads, at most, the rows that expire within one bucket past `now` as well.
 */
export const SWEEP_BUCKET_MS = 60_000;

/** The bucket a record expiring at `expiresAt` is indexed under (the end of its minute). */
export const sweepBucket = (expiresAt: number): number => Math.ceil(expiresAt / SWEEP_BUCKET_MS) * SWEEP_BUCKET_MS;

/** The same rounding in SQL, for the rows of a file written before `sweep_at` existed. */
const SWEEP_BUCKET_SQL = `((expires_at + ${SWEEP_BUCKET_MS - 1}) / ${SWEEP_BUCKET_MS}) * ${SWEEP_BUCKET_MS}`;

const TABLE = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  idle_expires_at INTEGER NOT NULL,
  absolute_expires_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  sweep_at INTEGER NOT NULL DEFAULT 0,
  client TEXT NOT NULL DEFAULT '',
  login INTEGER NOT NULL DEFAULT 0,
  owner TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;`;

/**
 * The sweep index, and two one-row counters kept by triggers, in the same transaction as each
 * write, so the max-sessions and max-bytes checks are O(1): `session_count` (rows) and
 * `session_bytes` (UTF-8 bytes of every row's data JSON, the measure of the per-session limit).
 * Each counter is seeded from the table when it is first created, so a file written before it
 * existed starts with the right total. An update that leaves the data's size as it was does not
 * touch `session_bytes`, so its commit writes one page fewer (`sessions_bytes_resize` replaces the
 * unconditional `sessions_bytes_update` of older files). `client_bytes` keeps the same sum per
 * client (the address that started the session; '' for rows written before clients were kept),
 * for the per-client budget, and drops a client's row when its sessions are gone. `expires_at` is
 * when the store may forget the row (the ttl), separate from the idle and absolute expiry the manager enforces.
 */
const REST = `
DROP INDEX IF EXISTS sessions_expires_at;
CREATE INDEX IF NOT EXISTS sessions_sweep_at ON sessions (sweep_at);
CREATE INDEX IF NOT EXISTS sessions_owner ON sessions (owner) WHERE owner != '';
CREATE TABLE IF NOT EXISTS session_count (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO session_count (id, n) SELECT 1, count(*) FROM sessions;
CREATE TRIGGER IF NOT EXISTS sessions_count_insert AFTER INSERT ON sessions
  BEGIN UPDATE session_count SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS sessions_count_delete AFTER DELETE ON sessions
  BEGIN UPDATE session_count SET n = n - 1 WHERE id = 1; END;
CREATE TABLE IF NOT EXISTS session_bytes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO session_bytes (id, n) SELECT 1, coalesce(sum(length(CAST(data AS BLOB))), 0) FROM sessions;
CREATE TRIGGER IF NOT EXISTS sessions_bytes_insert AFTER INSERT ON sessions
  BEGIN UPDATE session_bytes SET n = n + length(CAST(NEW.data AS BLOB)) WHERE id = 1; END;
DROP TRIGGER IF EXISTS sessions_bytes_update;
CREATE TRIGGER IF NOT EXISTS sessions_bytes_resize AFTER UPDATE OF data ON sessions
  WHEN length(CAST(OLD.data AS BLOB)) != length(CAST(NEW.data AS BLOB))
  BEGIN UPDATE session_bytes SET n = n - length(CAST(OLD.data AS BLOB)) + length(CAST(NEW.data AS BLOB)) WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS sessions_bytes_delete AFTER DELETE ON sessions
  BEGIN UPDATE session_bytes SET n = n - length(CAST(OLD.data AS BLOB)) WHERE id = 1; END;
CREATE TABLE IF NOT EXISTS client_bytes (client TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO client_bytes (client, n)
  SELECT client, sum(length(CAST(data AS BLOB))) FROM sessions WHERE client != '' GROUP BY client;
CREATE TRIGGER IF NOT EXISTS sessions_client_insert AFTER INSERT ON sessions WHEN NEW.client != ''
  BEGIN INSERT INTO client_bytes (client, n) VALUES (NEW.client, length(CAST(NEW.data AS BLOB)))
    ON CONFLICT (client) DO UPDATE SET n = n + excluded.n; END;
CREATE TRIGGER IF NOT EXISTS sessions_client_resize AFTER UPDATE OF data ON sessions
  WHEN NEW.client != '' AND length(CAST(OLD.data AS BLOB)) != length(CAST(NEW.data AS BLOB))
  BEGIN UPDATE client_bytes SET n = n - length(CAST(OLD.data AS BLOB)) + length(CAST(NEW.data AS BLOB)) WHERE client = NEW.client; END;
CREATE TRIGGER IF NOT EXISTS sessions_client_delete AFTER DELETE ON sessions WHEN OLD.client != ''
  BEGIN UPDATE client_bytes SET n = n - length(CAST(OLD.data AS BLOB)) WHERE client = OLD.client;
    DELETE FROM client_bytes WHERE client = OLD.client AND n <= 0; END;
`;

/**
 * Creates the schema, or brings a file an older version wrote up to date (adds `sweep_at`, filled
 * from each row's expiry, `client`, and `login`: 1 for a session a login started, which eviction spares, and `owner`: the account, indexed for "log out everywhere"). Run it inside an IMMEDIATE transaction: two processes may open a fresh
 * or old file at once, and the steps must not interleave.
 */
export function applySqliteSchema(db: Database.Database): void {
  db.exec(TABLE);
  const columns = db.prepare<[], string>("SELECT name FROM pragma_table_info('sessions')").pluck().all();
  if (!columns.includes("sweep_at")) {
    db.exec(`ALTER TABLE sessions ADD COLUMN sweep_at INTEGER NOT NULL DEFAULT 0;
      UPDATE sessions SET sweep_at = ${SWEEP_BUCKET_SQL};`);
  }
  if (!columns.includes("client")) db.exec("ALTER TABLE sessions ADD COLUMN client TEXT NOT NULL DEFAULT '';");
  if (!columns.includes("login")) db.exec("ALTER TABLE sessions ADD COLUMN login INTEGER NOT NULL DEFAULT 0;");
  if (!columns.includes("owner")) db.exec("ALTER TABLE sessions ADD COLUMN owner TEXT NOT NULL DEFAULT '';");
  db.exec(REST);
}
