import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, type Env } from "./data-dir";

/** iron-session refuses shorter passwords, and HS256 wants a key at least as long as its hash (RFC 7518 §3.2). */
export const MIN_SECRET_LENGTH = 32;

export interface SecretOptions {
  /** @default process.env */
  env?: Env;
}

/**
 * The server secret for sealed cookies and JWTs: `SESSION_SECRET` when set (at least 32
 * characters), otherwise 32 random bytes generated on first start and kept in
 * `<DATA_DIR>/secret`, readable by the owner only, so seals survive restarts. Never committed:
 * `.data/` is git-ignored.
 */
export function loadSecret(options: SecretOptions = {}): string {
  const env = options.env ?? process.env;
  const fromEnv = env.SESSION_SECRET;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (it has ${fromEnv.length}); generate one with: openssl rand -base64 32`,
      );
    }
    return fromEnv;
  }
  const dir = dataDir(env);
  const file = join(dir, "secret");
  mkdirSync(dir, { recursive: true });
  try {
    // "wx" fails if the file exists, so two processes starting together cannot both write one.
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  chmodSync(file, 0o600);
  const stored = readFileSync(file, "utf8").trim();
  if (stored.length < MIN_SECRET_LENGTH) {
    throw new Error(`The secret in ${file} is shorter than ${MIN_SECRET_LENGTH} characters; delete the file to generate a new one.`);
  }
  return stored;
}

let cached: string | undefined;

/** `loadSecret()` once per process. */
export function getSecret(): string {
  cached ??= loadSecret();
  return cached;
}
