/**
 * Sessions table, an index on expiry so a sweep deletes in O(expired) rather than scanning
 * every row, and a one-row counter kept by triggers so the max-sessions check is O(1).
 * `expires_at` is when the store may forget the row (the ttl), separate from the idle and
 * absolute expiry the manager enforces.
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
`;
