import { getJwtKeys } from "../session/jwt-keys";

/**
 * GET /.well-known/jwks.json: the public keys of the server's ES256 tokens as a JWK Set (RFC 7517),
 * the current key first, then the one kept from before a rotation, each named by its kid. A service
 * that must check who is calling fetches this and verifies tokens without holding anything secret:
 * it can check a token, never mint one. The HMAC secret of HS256 tokens is never here.
 */
export function jwksRoute(): Response {
  return new Response(JSON.stringify(getJwtKeys().jwks), {
    headers: {
      "content-type": "application/jwk-set+json; charset=utf-8",
      // Public keys: any origin may read them, and caches may keep them a while. A verifier that
      // meets an unknown kid fetches again (jose's createRemoteJWKSet does), so a rotation is seen.
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}
