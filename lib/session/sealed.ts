import { createHash } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { defaults as ironDefaults, unseal } from "iron-webcrypto";
import { isPurpose, type Purpose } from "./purpose";
import { getSecret, getSecrets } from "./secret";

/** Why a seal reads as "no session"; the inspector shows the message. */
export interface ReadFailure {
  code: "empty" | "malformed" | "foreign_secret" | "expired" | "tampered" | "wrong_purpose";
  message: string;
  /** With `wrong_purpose`: the purpose the seal does carry (null: none). */
  purpose?: Purpose | null;
}

export type SealReadResult =
  /** `purpose`: what the server sealed it for, written inside the seal; null for a seal that names none. */
  /** `secret`: which accepted secret opened it; "previous" means made before a rotation (the next write reseals it with the current one). */
  | { ok: true; data: Record<string, unknown>; purpose: Purpose | null; sealBytes: number; expiresAt: number | null; secret: "current" | "previous" }
  | { ok: false; reason: ReadFailure; sealBytes: number };

export interface SealOptions {
  /** @default getSecret() */
  secret?: string;
  /** Lifetime in seconds; 0 means no expiry. @default 1209600 (14 days, iron-session's default) */
  ttlSeconds?: number;
  /** What the seal is for, sealed with the data so no one can change it. @default "data" (only the login seals "login") */
  purpose?: Purpose;
}

export interface ReadSealOptions {
  /** The current secret. @default getSecrets().current */
  secret?: string;
  /** Earlier secrets that still open seals (a rotation). @default getSecrets().previous, or none when `secret` is given */
  previous?: readonly string[];
  /** Clock for the expiry check, injectable for tests. @default Date.now() */
  now?: number;
  /** Refuse (code `wrong_purpose`) a seal that was not made for this purpose. */
  purpose?: Purpose;
}

// iron's format: Fe26.2*passwordId*salt*iv*ciphertext*expiration*hmacSalt*hmac, then "~2" (iron-session v2 token).
const SEAL = /^Fe26\.2\*(\w*)\*[^*]*\*[^*]*\*[^*]*\*(\d*)\*[^*]*\*[^*]*~2$/;

/**
 * The password id written into each seal: a short fingerprint of the secret, so a seal made
 * with another secret can be told apart from a tampered one. 32 bits of SHA-256 reveal nothing
 * usable about a 256-bit secret.
 */
function keyId(secret: string): string {
  // iron-session picks the newest password by Number(id), so the id must be numeric.
  return String(createHash("sha256").update(secret).digest().readUInt32BE(0));
}

/** Encrypts and authenticates `data` (AES-256-CBC + HMAC-SHA256, via iron-session). */
export async function seal(data: Record<string, unknown>, options: SealOptions = {}): Promise<string> {
  const secret = options.secret ?? getSecret();
  // The envelope tells a real payload from the `{}` iron-session returns for a bad seal, and carries
  // the purpose beside the data, where a visitor's keys cannot reach it.
  return sealData({ v: 1, purpose: options.purpose ?? "data", data }, { password: { [keyId(secret)]: secret }, ttl: options.ttlSeconds ?? 1_209_600 });
}

/** Opens a seal; any failure reads as no session with a reason, never an exception. */
export async function readSeal(sealed: string | null | undefined, options: ReadSealOptions = {}): Promise<SealReadResult> {
  const sealBytes = sealed ? Buffer.byteLength(sealed, "utf8") : 0;
  const fail = (code: ReadFailure["code"], message: string): SealReadResult => ({ ok: false, reason: { code, message }, sealBytes });
  if (!sealed) return fail("empty", "No sealed cookie came with this request.");
  const parts = SEAL.exec(sealed);
  if (!parts) {
    return fail("malformed", "This is not a complete iron seal (Fe26.2*…*…~2): it was cut short or mangled, so it is ignored.");
  }
  const accepted = options.secret === undefined ? getSecrets() : { current: options.secret, previous: options.previous ?? [] };
  // The seal names its password by id: pick that secret, as iron-session does from a password map.
  const secret = [accepted.current, ...accepted.previous].find((s) => keyId(s) === parts[1]);
  if (secret === undefined) {
    return fail(
      "foreign_secret",
      "This seal was made with a secret this server does not hold (another server's, or one retired after a rotation), or its key id was edited, so this server cannot open it.",
    );
  }
  const which = secret === accepted.current ? "current" : "previous";
  const expiresAt = parts[2] ? Number(parts[2]) : null;
  if (expiresAt !== null && expiresAt <= (options.now ?? Date.now())) {
    // An altered seal is "tampered" whatever expiry it claims: its tag is checked first.
    if (!(await authentic(sealed, secret, expiresAt))) return fail("tampered", TAMPERED);
    return fail("expired", `This seal expired at ${new Date(expiresAt).toISOString()}, so it no longer counts.`);
  }
  try {
    const opened = await unsealData<{ v?: number; purpose?: unknown; data?: Record<string, unknown> }>(sealed, { password: { [keyId(secret)]: secret } });
    if (opened.v === 1 && opened.data && typeof opened.data === "object") {
      const purpose = isPurpose(opened.purpose) ? opened.purpose : null;
      if (options.purpose && purpose !== options.purpose) {
        const made = purpose ? `for "${purpose}"` : "with no purpose";
        const message = `The seal is genuine, but this server sealed it ${made}, not for "${options.purpose}": it was issued for another use, so it does not count here.`;
        return { ok: false, reason: { code: "wrong_purpose", message, purpose }, sealBytes };
      }
      return { ok: true, data: opened.data, purpose, sealBytes, expiresAt, secret: which };
    }
  } catch {
    // A corrupted ciphertext can fail to decrypt or parse after the HMAC: still "tampered".
  }
  return fail("tampered", TAMPERED);
}

const TAMPERED = "This seal's authentication tag does not match its contents: it was altered, so it is rejected.";

/**
 * Whether an expired seal's HMAC still matches its contents. iron checks the expiry before the tag
 * and iron-session reports both failures alike, so this calls iron (iron-session's own dependency)
 * directly with its clock set just before the seal's expiry.
 */
async function authentic(sealed: string, secret: string, expiresAt: number): Promise<boolean> {
  try {
    const withoutVersion = sealed.slice(0, -"~2".length);
    // Node's Web Crypto, typed by lib.dom a little differently from iron's own _Crypto.
    const crypto = globalThis.crypto as unknown as Parameters<typeof unseal>[0];
    await unseal(crypto, withoutVersion, { [keyId(secret)]: secret }, { ...ironDefaults, localtimeOffsetMsec: expiresAt - 1 - Date.now() });
    return true;
  } catch {
    return false;
  }
}
