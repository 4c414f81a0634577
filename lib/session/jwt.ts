import { errors, jwtVerify, SignJWT } from "jose";
import { getJwtKeys, isJwtAlg, JWT_ALGS, jwtKeys, type JwtAlg, type JwtKeys, type VerifyKey } from "./jwt-keys";
import { isPurpose, type Purpose } from "./purpose";

export interface JwtFailure {
  code: "empty" | "malformed" | "alg_not_allowed" | "unknown_key" | "bad_signature" | "expired" | "wrong_purpose" | "claim_invalid";
  message: string;
}

export interface JwtReadResult {
  /** Decoded with base64url alone, even when invalid: anyone holding the token can read these. */
  header: Record<string, unknown> | null;
  payload: Record<string, unknown> | null;
  valid: boolean;
  /** What the signer issued the token for (its `aud` claim), when the signature checks out; null when it names none. */
  purpose: Purpose | null;
  /** The key that verified it: made by the current secret, or by the previous one, kept after a rotation; null when invalid. */
  key: { kid: string; alg: JwtAlg; generation: "current" | "previous" } | null;
  reason: JwtFailure | null;
  tokenBytes: number;
}

export interface JwtOptions {
  /** The keys to sign or verify with. @default getJwtKeys(), or the keys of `secret` when given */
  keys?: JwtKeys;
  /** Shorthand for `keys: jwtKeys({ current: secret, previous: [] })`. */
  secret?: string;
  /** Clock in ms, injectable for tests. @default Date.now() */
  now?: number;
  /** The `iss` claim: the site's public origin. A reader given one refuses a token from any other issuer. */
  issuer?: string;
}

export interface SignJwtOptions extends JwtOptions {
  ttlSeconds?: number;
  purpose?: Purpose;
  /** @default "HS256" */
  alg?: JwtAlg;
}

export interface ReadJwtOptions extends JwtOptions {
  /** Refuse (code `wrong_purpose`) a token whose `aud` claim is not this purpose, checked by jose. */
  audience?: Purpose;
}

const keysOf = (options: JwtOptions): JwtKeys =>
  options.keys ?? (options.secret === undefined ? getJwtKeys() : jwtKeys({ current: options.secret, previous: [] }));

/**
 * Signs `payload` with HS256 (the secret) or ES256 (the private key), naming the key in the
 * header's `kid`, and adds `iat`, `exp`, `aud` (the purpose, "data" unless the caller is the
 * login) and, when given, `iss`. The signer sets them, so a payload's own never survive.
 */
export async function signJwt(payload: Record<string, unknown>, options: SignJwtOptions = {}): Promise<string> {
  const alg = options.alg ?? "HS256";
  const { kid, key } = keysOf(options).sign[alg];
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  // The signer alone says who issued the token: a payload's own iss never survives.
  const jwt = new SignJWT(Object.fromEntries(Object.entries(payload).filter(([k]) => k !== "iss")))
    .setProtectedHeader({ alg, kid, typ: "JWT" })
    .setAudience(options.purpose ?? "data")
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? 3600));
  if (options.issuer !== undefined) jwt.setIssuer(options.issuer);
  return jwt.sign(key);
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

/**
 * The keys a token may be checked with. RFC 8725 §3.1: the header does not choose the algorithm,
 * the key does. A kid names one key, and the token's alg must be the one that key is for: an HS256
 * token under the ES256 key's kid (an HMAC keyed with the public key, which anyone can fetch) or an
 * ES256 header under the secret's kid is refused before any check. A token with no kid (made
 * before tokens named their key) is tried with the HMAC secrets only.
 */
function candidates(header: Record<string, unknown>, keys: JwtKeys): VerifyKey[] | JwtFailure {
  const alg = header.alg;
  if (!isJwtAlg(alg)) {
    const none = alg === "none" ? ': "none" would mean no signature at all' : "";
    return {
      code: "alg_not_allowed",
      message: `The header says alg "${String(alg)}", but this server only accepts ${JWT_ALGS.join(" and ")}, each with its own key${none}.`,
    };
  }
  if (header.kid === undefined) {
    if (alg === "HS256") return keys.verify.filter((k) => k.alg === "HS256");
    return {
      code: "unknown_key",
      message: `The token says ${alg} but names no key (kid): a verifier checks a public-key token only against a key it has published, so this one cannot be checked.`,
    };
  }
  const key = keys.verify.find((k) => k.kid === header.kid);
  if (!key) {
    return {
      code: "unknown_key",
      message: `The header names the key ${JSON.stringify(header.kid)}, which this server does not hold: another issuer's key, or a secret retired after a rotation.`,
    };
  }
  if (key.alg !== alg) {
    return {
      code: "alg_not_allowed",
      message: `The header says alg "${alg}", but the key it names (${key.kid}) is this server's ${key.alg} key, and a key is used with its one algorithm only. Letting the header pick is the algorithm-confusion attack: an HS256 token "signed" with the public key, which anyone can fetch.`,
    };
  }
  return [key];
}

/** Decodes and verifies a token; never throws. */
export async function readJwt(token: string | null | undefined, options: ReadJwtOptions = {}): Promise<JwtReadResult> {
  const tokenBytes = token ? Buffer.byteLength(token, "utf8") : 0;
  const parts = token ? token.split(".") : [];
  const header = decodePart(parts[0]);
  const payload = decodePart(parts[1]);
  const fail = (code: JwtFailure["code"], message: string): JwtReadResult => ({
    header,
    payload,
    valid: false,
    purpose: null,
    key: null,
    reason: { code, message },
    tokenBytes,
  });
  if (!token) return fail("empty", "No token came with this request.");
  // The signature too must be strict base64url: a decoder would ignore an appended "=", and a
  // token that is not byte for byte the one signed must not count as it.
  if (parts.length !== 3 || !header || !payload || !/^[A-Za-z0-9_-]*$/.test(parts[2]!)) {
    return fail("malformed", "A JWT is three base64url parts separated by dots (header.payload.signature); this is not one.");
  }
  const keys = candidates(header, keysOf(options));
  if (!Array.isArray(keys)) return fail(keys.code, keys.message);
  const now = options.now ?? Date.now();
  for (const [i, key] of keys.entries()) {
    try {
      await jwtVerify(token, key.key, {
        algorithms: [key.alg],
        currentDate: new Date(now),
        requiredClaims: ["exp"],
        audience: options.audience,
        issuer: options.issuer,
      });
      return {
        header,
        payload,
        valid: true,
        purpose: isPurpose(payload.aud) ? payload.aud : null,
        key: { kid: key.kid, alg: key.alg, generation: key.generation },
        reason: null,
        tokenBytes,
      };
    } catch (err) {
      // Only a kid-less HS256 token has several candidates: a signature that fails one may match the next.
      if (err instanceof errors.JWSSignatureVerificationFailed && i < keys.length - 1) continue;
      return failure(err, payload, options, fail);
    }
  }
  return fail("bad_signature", "No key checked this token.");
}

function failure(
  err: unknown,
  payload: Record<string, unknown>,
  options: ReadJwtOptions,
  fail: (code: JwtFailure["code"], message: string) => JwtReadResult,
): JwtReadResult {
  if (err instanceof errors.JWSSignatureVerificationFailed) {
    return fail("bad_signature", "The signature does not match the header and payload: the token was altered or signed with another key.");
  }
  if (err instanceof errors.JWTExpired) {
    return fail("expired", `The token expired at ${new Date(Number(payload.exp) * 1000).toISOString()} (its exp claim), so it no longer counts.`);
  }
  if (err instanceof errors.JWTClaimValidationFailed && err.claim === "aud") {
    const aud = payload.aud === undefined ? "no aud claim" : `the aud claim ${JSON.stringify(payload.aud)}`;
    return fail(
      "wrong_purpose",
      `The signature is genuine, but the token carries ${aud}, not "${options.audience}": the server issued it for another use, so it does not count here.`,
    );
  }
  if (err instanceof errors.JWTClaimValidationFailed && err.claim === "iss") {
    const iss = payload.iss === undefined ? "names no issuer (iss)" : `says it was issued by ${JSON.stringify(payload.iss)}`;
    return fail(
      "claim_invalid",
      `The signature is genuine, but the token ${iss}, not ${JSON.stringify(options.issuer)}, this site: it was issued for another origin, so it does not count here.`,
    );
  }
  if (err instanceof errors.JWTClaimValidationFailed) return fail("claim_invalid", `The token's claims were refused: ${err.message}.`);
  return fail("malformed", "The token could not be parsed as a signed JWT.");
}
