/**
 * Sessions table, an index on expiry so a sweep deletes in O(expired) rather than scanning
 * every row, and two one-row counters kept by triggers, in the same transaction as each write,
 * so the max-sessions and max-bytes checks are O(1): `session_count` (rows) and `session_bytes`
 * (UTF-8 bytes of every row's data JSON, the measure of the per-session limit). Each counter is
 * seeded from the table when it is first created, so a file written before it existed starts
 * with the right total. An update that leaves the data's size as it was does not touch
 * `session_bytes`, so its commit writes one page fewer (`sessions_bytes_resize` replaces the
 * unconditional `sessions_bytes_update` of older files). `expires_at` is when the store may forget
 * the row (the ttl), separate from the idle and absolute expiry the manager enforces.
 */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  idle_expires_at INTEGER NOT NULL,
  absolute_expires_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessions_expires_at ON sessions (expires_at);
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
`;
