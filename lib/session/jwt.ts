import { errors, jwtVerify, SignJWT } from "jose";
import { isPurpose, type Purpose } from "./purpose";
import { getSecret } from "./secret";

export interface JwtFailure {
  code: "empty" | "malformed" | "alg_not_allowed" | "bad_signature" | "expired" | "wrong_purpose" | "claim_invalid";
  message: string;
}

export interface JwtReadResult {
  /** Decoded with base64url alone, even when invalid: anyone holding the token can read these. */
  header: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  valid: boolean;
  /** What the signer issued the token for (its `aud` claim), when the signature checks out; null when it names none. */
  purpose: Purpose | null;
  reason: JwtFailure | null;
  tokenBytes: number;
}

export interface JwtOptions {
  /** @default getSecret() */
  secret?: string;
  /** Clock in ms, injectable for tests. @default Date.now() */
  now?: number;
}

export interface ReadJwtOptions extends JwtOptions {
  /** Refuse (code `wrong_purpose`) a token whose `aud` claim is not this purpose, checked by jose. */
  audience?: Purpose;
}

/** The one algorithm accepted: pinning it blocks `alg: none` and algorithm confusion (RFC 8725 §3.1). */
const ALG = "HS256";

// The raw secret is the HMAC key, so a learner who set SESSION_SECRET can check a token on jwt.io.
const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signs `payload` with HS256, adding `iat`, `exp` and `aud`: the purpose, "data" unless the caller
 * is the login. The signer sets them, so a payload's own `aud` never survives.
 */
export async function signJwt(payload: Record<string, unknown>, options: JwtOptions & { ttlSeconds?: number; purpose?: Purpose } = {}): Promise<string> {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT(payload)
    .setProtectedHeader({ alg: ALG, typ: "JWT" })
    .setAudience(options.purpose ?? "data")
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? 3600))
    .sign(key(options.secret ?? getSecret()));
}

function decodePart(part: string | undefined): Record<string, unknown> | null {
  if (!part || !/^[A-Za-z0-9_-]+$/.test(part)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Decodes and verifies a token; never throws. */
export async function readJwt(token: string | null | undefined, options: ReadJwtOptions = {}): Promise<JwtReadResult> {
  const tokenBytes = token ? Buffer.byteLength(token, "utf8") : 0;
  const parts = token ? token.split(".") : [];
  const header = decodePart(parts[0]);
  const payload = decodePart(parts[1]);
  const fail = (code: JwtFailure["code"], message: string): JwtReadResult => ({ header, payload, valid: false, purpose: null, reason: { code, message }, tokenBytes });
  if (!token) return fail("empty", "No token came with this request.");
  // The signature too must be strict base64url: a decoder would ignore an appended "=", and a
  // token that is not byte for byte the one signed must not count as it.
  if (parts.length !== 3 || !header || !payload || !/^[A-Za-z0-9_-]*$/.test(parts[2]!)) {
    return fail("malformed", "A JWT is three base64url parts separated by dots (header.payload.signature); this is not one.");
  }
  if (header.alg !== ALG) {
    return fail("alg_not_allowed", `The header says alg "${String(header.alg)}", but this server only accepts ${ALG}; "none" would mean no signature at all.`);
  }
  try {
    const now = options.now ?? Date.now();
    await jwtVerify(token, key(options.secret ?? getSecret()), { algorithms: [ALG], currentDate: new Date(now), requiredClaims: ["exp"], audience: options.audience });
    return { header, payload, valid: true, purpose: isPurpose(payload.aud) ? payload.aud : null, reason: null, tokenBytes };
  } catch (err) {
    if (err instanceof errors.JWSSignatureVerificationFailed) {
      return fail("bad_signature", "The signature does not match the header and payload: the token was altered or signed with another secret.");
    }
    if (err instanceof errors.JWTExpired) {
      return fail("expired", `The token expired at ${new Date(Number(payload.exp) * 1000).toISOString()} (its exp claim), so it no longer counts.`);
    }
    if (err instanceof errors.JWTClaimValidationFailed && err.claim === "aud") {
      const aud = payload.aud === undefined ? "no aud claim" : `the aud claim ${JSON.stringify(payload.aud)}`;
      return fail("wrong_purpose", `The signature is genuine, but the token carries ${aud}, not "${options.audience}": the server issued it for another use, so it does not count here.`);
    }
    if (err instanceof errors.JWTClaimValidationFailed) return fail("claim_invalid", `The token's claims were refused: ${err.message}.`);
    return fail("malformed", "The token could not be parsed as a signed JWT.");
  }
}
