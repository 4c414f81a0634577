import { createECDH, createHash, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from "node:crypto";
import { getSecrets, type Secrets } from "./secret";

/**
 * The algorithms this server signs JWTs with, each tied to its own keys:
 * - HS256: an HMAC with the server's secret. Whoever can check such a token can also mint one, so
 *   only this server should ever hold the key.
 * - ES256: ECDSA on P-256. The private key signs; the public key, published at
 *   /.well-known/jwks.json, only verifies: another service can check who is calling without being
 *   able to forge a token.
 */
export const JWT_ALGS = ["HS256", "ES256"] as const;
export type JwtAlg = (typeof JWT_ALGS)[number];

export const isJwtAlg = (value: unknown): value is JwtAlg => (JWT_ALGS as readonly unknown[]).includes(value);

/** A public key as a JWK Set publishes it: never a private part. */
export interface PublicJwk {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
  kid: string;
  alg: "ES256";
  use: "sig";
}

/** One key a token can name in its `kid`, and the one algorithm it is for. */
export interface VerifyKey {
  kid: string;
  alg: JwtAlg;
  key: KeyObject | Uint8Array;
  /** Made by the current secret, or kept from before a rotation. */
  generation: "current" | "previous";
}

export interface JwtKeys {
  /** What signs a new token, per algorithm: always from the current secret. */
  sign: Record<JwtAlg, { kid: string; key: KeyObject | Uint8Array }>;
  /** Every key a token may name, current ones first. A token's kid picks one; its alg must be that key's. */
  verify: VerifyKey[];
  /** The JWK Set of the public keys (current and previous), for /.well-known/jwks.json. */
  jwks: { keys: PublicJwk[] };
}

/** The group order n of P-256: a private key is a number from 1 to n - 1. */
const P256_ORDER = BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

/**
 * The HS256 key's id: a fingerprint of the secret (96 bits of SHA-256, domain-separated), so a
 * token says which secret signed it without revealing it. A token already lets anyone test guesses
 * of the secret offline, so the fingerprint adds nothing an attacker lacks.
 */
export function hmacKid(secret: string): string {
  return `hs256-${createHash("sha256").update(`cookie-session-lab jwt hs256 kid\0${secret}`).digest().subarray(0, 12).toString("base64url")}`;
}

/** The RFC 7638 thumbprint of an EC public key: the usual kid for a key in a JWK Set. */
export function ecThumbprint(jwk: { crv: string; x: string; y: string }): string {
  // The required members in lexicographic order, no whitespace (RFC 7638 §3.2).
  const canonical = JSON.stringify({ crv: jwk.crv, kty: "EC", x: jwk.x, y: jwk.y });
  return createHash("sha256").update(canonical).digest("base64url");
}

/**
 * The ES256 key pair of a secret, derived rather than generated: HKDF-SHA256 of the secret gives
 * 384 bits, reduced to a private scalar from 1 to n - 1 (FIPS 186-5 A.4.1's extra bits make the
 * bias negligible). So the pair is never regenerated: it is stable across restarts, the same on
 * every instance that shares the secret, and it rotates with the secret. Nothing about the secret
 * can be learned from the public key.
 */
export function es256KeyPair(secret: string): { privateKey: KeyObject; publicKey: KeyObject; jwk: PublicJwk } {
  const okm = Buffer.from(hkdfSync("sha256", secret, "cookie-session-lab", "jwt ES256 signing key", 48));
  const d = (BigInt(`0x${okm.toString("hex")}`) % (P256_ORDER - 1n)) + 1n;
  const dBytes = Buffer.from(d.toString(16).padStart(64, "0"), "hex");
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(dBytes);
  const point = ecdh.getPublicKey(); // 0x04 || x || y
  const x = b64u(point.subarray(1, 33));
  const y = b64u(point.subarray(33, 65));
  const privateKey = createPrivateKey({ key: { kty: "EC", crv: "P-256", x, y, d: b64u(dBytes) }, format: "jwk" });
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, jwk: { kty: "EC", crv: "P-256", x, y, kid: ecThumbprint({ crv: "P-256", x, y }), alg: "ES256", use: "sig" } };
}

/** Every JWT key of these secrets: each secret gives an HS256 key and an ES256 pair. */
export function jwtKeys(secrets: Secrets): JwtKeys {
  const all = [{ secret: secrets.current, generation: "current" as const }, ...secrets.previous.map((secret) => ({ secret, generation: "previous" as const }))];
  const verify: VerifyKey[] = [];
  const jwks: PublicJwk[] = [];
  let sign: JwtKeys["sign"] | undefined;
  for (const { secret, generation } of all) {
    // The raw secret is the HMAC key, so a learner who set SESSION_SECRET can check a token on jwt.io.
    const hmac = { kid: hmacKid(secret), key: new TextEncoder().encode(secret) };
    const pair = es256KeyPair(secret);
    verify.push({ ...hmac, alg: "HS256", generation }, { kid: pair.jwk.kid, key: pair.publicKey, alg: "ES256", generation });
    jwks.push(pair.jwk);
    sign ??= { HS256: hmac, ES256: { kid: pair.jwk.kid, key: pair.privateKey } };
  }
  return { sign: sign!, verify, jwks: { keys: jwks } };
}

let cached: JwtKeys | undefined;

/** The keys of the server's secrets (`getSecrets()`), derived once per process. */
export function getJwtKeys(): JwtKeys {
  cached ??= jwtKeys(getSecrets());
  return cached;
}
