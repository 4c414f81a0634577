import Database from "better-sqlite3";

/**
 * Every better-sqlite3 object this process makes, kept reachable until it exits, so that V8 never
 * collects one: better-sqlite3 12 (the newest that runs on Node 20) aborts Node 24.19 and later with
 * SIGABRT (`Assertion failed: (env) != nullptr`) when V8 frees one of its objects outside a JavaScript
 * context (nodejs/node#65446; Node 22 and 26 do not abort; better-sqlite3 13 does not either, but
 * needs Node 22). It costs a few dozen small objects per store: a store prepares its statements once,
 * when it opens. ESLint refuses `db.pragma()`, which prepares a statement out of this module's reach;
 * `db.exec("PRAGMA …")` makes none. sqlite-open.test.ts aborts on Node 24.21 without this.
 */
const kept: object[] = [];

/** The number of better-sqlite3 objects kept so far (a database, or a statement it prepared). */
export function keptSqliteObjects(): number {
  return kept.length;
}

/**
 * Opens a database like `new Database(path, options)`, and keeps it and every statement its
 * `prepare()` makes for the life of the process. (The BEGIN and COMMIT statements of `transaction()`
 * are cached by better-sqlite3 against the database, so keeping the database keeps them.)
 */
export function openSqlite(path: string, options?: Database.Options): Database.Database {
  const db = new Database(path, options);
  kept.push(db);
  const prepare = db.prepare;
  db.prepare = function keptPrepare(this: Database.Database, ...args: Parameters<typeof prepare>) {
    const statement = prepare.apply(this, args);
    kept.push(statement);
    return statement;
  } as typeof prepare;
  return db;
}

/** The error better-sqlite3 throws for a failed SQLite call (its `code` is SQLite's, e.g. SQLITE_BUSY). */
export const SqliteError = Database.SqliteError;

export type { Database };
