import { resolve } from "node:path";

/** Environment variables as read here (a plain record, so tests can pass their own). */
export type Env = Record<string, string | undefined>;

/** Where the generated secret and the SQLite file live: `DATA_DIR`, relative to cwd. @default ".data" */
export function dataDir(env: Env = process.env): string {
  return resolve(env.DATA_DIR || ".data");
}
