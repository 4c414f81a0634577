import Database from "better-sqlite3";

/**
 * Every better-sqlite3 object this process makes, kept reachable until it exits, so that V8 never
 * collects one.
 *
 * Why: better-sqlite3 12 (the version that runs on Node 20) builds its Database and Statement on
 * Node's header-only `node::ObjectWrap`. Compiled against the headers of Node 24.19 or a later 24,
 * that class's destructor removes an environment cleanup hook, which aborts the whole process
 * (`Assertion failed: (env) != nullptr`, SIGABRT) when the garbage collector frees the object outside
 * a JavaScript context (nodejs/node#65446, open; Node 22.23 and 26.10 do not abort). On Node 24.21
 * the lab's server died that way within seconds of load, when V8 collected one of the statements the
 * store made once at startup and did not keep (two from `db.pragma()`, one reading the table's
 * columns). better-sqlite3 13 no longer uses `node::ObjectWrap`, but it needs Node 22, so it cannot
 * replace 12 here.
 *
 * What it costs: a store prepares its statements once, when it opens, and nothing prepares per
 * request, so this holds a few dozen small objects per store opened (tests open a few hundred).
 * `db.pragma()` is off limits (eslint.config.mjs): it prepares a statement inside better-sqlite3,
 * out of this module's reach; `db.exec("PRAGMA …")` runs without one.
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
