import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // better-sqlite3 12 aborts the process on Node 24 when V8 collects one of its objects
  // (nodejs/node#65446): lib/session/sqlite-open.ts keeps them all; nothing else may make one.
  {
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "better-sqlite3", allowTypeImports: true, message: "Open SQLite with openSqlite() from lib/session/sqlite-open.ts, which keeps every better-sqlite3 object alive: V8 collecting one aborts Node 24 (nodejs/node#65446)." }] }],
      "no-restricted-properties": ["error", { property: "pragma", message: "db.pragma() prepares a statement that V8 later collects, which aborts Node 24 (nodejs/node#65446): use db.exec(\"PRAGMA ...\") or db.prepare()." }],
    },
  },
  { files: ["lib/session/sqlite-open.ts"], rules: { "no-restricted-imports": "off" } },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**"]),
]);
