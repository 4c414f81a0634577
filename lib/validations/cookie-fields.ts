/**
 * The checks a cookie form runs as the learner types: the very rules `POST /api/cookies` applies
 * (its zod schema's lengths and lib/cookie/build.ts's grammar), so the hint under a field and the
 * server's answer never disagree. Plain functions, no zod: they run in every demo page.
 */
import { cookieDomainError, cookieNameError, cookiePathError, cookieValueError } from "../cookie/build";

/** The longest name and value `POST /api/cookies` takes (lib/validations/cookie.ts). */
export const MAX_NAME_CHARS = 256;
export const MAX_VALUE_CHARS = 4096;

/** The hints the forms show, in the words of the rules below. */
export const NAME_HINT = "Letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ (no spaces, no ; , = or quotes).";
export const VALUE_HINT = "No spaces, double quotes, commas, semicolons or backslashes.";

/** Why the server would refuse this name, in one sentence, or null if it takes it. */
export function cookieNameProblem(name: string): string | null {
  if (name.length > MAX_NAME_CHARS) return `The name may be at most ${MAX_NAME_CHARS} characters.`;
  return cookieNameError(name)?.message ?? null;
}

/** Why the server would refuse this value, or null if it takes it. */
export function cookieValueProblem(value: string): string | null {
  if (value.length > MAX_VALUE_CHARS) return `The value may be at most ${MAX_VALUE_CHARS} characters.`;
  return cookieValueError(value)?.message ?? null;
}

/** Why the server would refuse this Path, or null if it takes it. */
export const cookiePathProblem = (path: string): string | null => cookiePathError(path)?.message ?? null;

/** Why the server would refuse this Domain (empty means none), or null if it takes it. */
export const cookieDomainProblem = (domain: string): string | null => (domain === "" ? null : (cookieDomainError(domain)?.message ?? null));
