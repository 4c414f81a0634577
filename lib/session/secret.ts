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
 * `.data/` is git-ignored. (With a generated secret, rotate by copying the file's content to
 * `SESSION_SECRET_PREVIOUS` and setting a new `SESSION_SECRET`.)
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

/**
 * The secrets a server accepts: `current` makes every new seal and HS256 token; `previous` (from
 * `SESSION_SECRET_PREVIOUS`) still opens and verifies what was made before a rotation, and makes
 * nothing. Rotating is: move the old secret to SESSION_SECRET_PREVIOUS, set a new SESSION_SECRET,
 * restart; once the longest lifetime has passed (14 days for a seal), drop the previous one. Only
 * that drop ends what the old secret made.
 */
export interface Secrets {
  current: string;
  previous: readonly string[];
}

/** `loadSecret()`, and `SESSION_SECRET_PREVIOUS` when set: one earlier secret, at least 32 characters. */
export function loadSecrets(options: SecretOptions = {}): Secrets {
  const env = options.env ?? process.env;
  const current = loadSecret(options);
  const previous = env.SESSION_SECRET_PREVIOUS;
  if (previous === undefined || previous === "") return { current, previous: [] };
  if (previous.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `SESSION_SECRET_PREVIOUS must be at least ${MIN_SECRET_LENGTH} characters long (it has ${previous.length}): it is the secret SESSION_SECRET held before the rotation.`,
    );
  }
  // The same secret twice is harmless (say, set during a deploy before the new one): keep it once.
  return { current, previous: previous === current ? [] : [previous] };
}

let cached: Secrets | undefined;

/** `loadSecrets()` once per process. */
export function getSecrets(): Secrets {
  cached ??= loadSecrets();
  return cached;
}

/** The current secret: what every new seal and HS256 token is made with. */
export function getSecret(): string {
  return getSecrets().current;
}
