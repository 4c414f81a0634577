import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // SQLite is opened only through openSqlite(): lib/session/sqlite-open.ts says why (Node 24 aborts otherwise).
  {
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "better-sqlite3",
              allowTypeImports: true,
              message: "Open SQLite with openSqlite() from lib/session/sqlite-open.ts, which keeps every better-sqlite3 object alive (that file says why).",
            },
            {
              name: "zod",
              allowTypeImports: true,
              message:
                "Import z from lib/validations/zod.ts, which turns off zod's eval probe in the browser before any schema is built (the site's CSP has no 'unsafe-eval').",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        {
          property: "pragma",
          message:
            'db.pragma() prepares a statement openSqlite() cannot keep alive (lib/session/sqlite-open.ts says why): use db.exec("PRAGMA ...") or db.prepare().',
        },
      ],
    },
  },
  { files: ["lib/session/sqlite-open.ts"], rules: { "no-restricted-imports": "off" } },
  { files: ["lib/validations/zod.ts"], rules: { "no-restricted-imports": "off" } },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**"]),
]);
