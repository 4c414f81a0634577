/**
 * Claims the signer sets itself (RFC 7519 §4.1): not the token's data, never carried over from a
 * patch, and left out wherever the data is shown. A module of its own, without jose, so the
 * browser's code can use it too.
 */
export const REGISTERED_CLAIMS: readonly string[] = ["iat", "exp", "nbf", "aud", "iss"];
