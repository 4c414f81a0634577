import { z } from "./zod";
import { LOGIN_KEY } from "../session/purpose";
import { STATEFUL_MECHANISMS } from "../mechanisms";

/** Keys that would reach Object.prototype if data were ever merged with a plain assignment. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The body of POST /api/session, /api/sealed and /api/jwt: a JSON object whose keys are merged
 * into the session data (a key sent as null is removed).
 */
export const sessionPatchBody = z
  .unknown()
  // Checked on the raw parsed JSON: JSON.parse keeps "__proto__" as an own key, a copy would not.
  .superRefine((raw, ctx) => {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return;
    const keys = Object.keys(raw);
    if (keys.length === 0) ctx.addIssue({ code: "custom", message: 'The body has no keys: send at least one, such as {"theme": "dark"}.' });
    if (keys.length > 50) ctx.addIssue({ code: "custom", message: `The body has ${keys.length} keys; at most 50 can be written at once.` });
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key))
        ctx.addIssue({ code: "custom", message: `The key ${JSON.stringify(key)} is not allowed: it is a name JavaScript objects reserve.` });
      else if (key === LOGIN_KEY) {
        ctx.addIssue({
          code: "custom",
          params: { apiCode: "reserved_key" },
          message: `The key "${LOGIN_KEY}" is written only by the login (POST /api/login): were a data write allowed to set it, anyone could log themselves in as anyone. Nothing was changed.`,
        });
      } else if (key.length === 0 || key.length > 64) ctx.addIssue({ code: "custom", message: "Each key must be 1 to 64 characters long." });
    }
  })
  .pipe(z.record(z.string(), z.json(), { message: 'The body must be a JSON object of keys to store, such as {"theme": "dark"}.' }));

export type SessionPatchBody = z.infer<typeof sessionPatchBody>;

/** The body of POST /api/login. */
export const loginBody = z.strictObject(
  {
    username: z.string({ message: "The username must be a string (the demo account is ada)." }).max(100, "The username is too long."),
    password: z.string({ message: "The password must be a string (the demo password is lovelace)." }).max(200, "The password is too long."),
    mechanism: z.enum(STATEFUL_MECHANISMS, { message: "mechanism must be server, sealed or jwt." }).optional(),
    /** With mechanism jwt: HS256 (default) or ES256; checked by the JWT mechanism (400 invalid_alg). */
    alg: z.string({ message: "alg must be a string: HS256 or ES256." }).max(20, "alg must be HS256 or ES256.").optional(),
  },
  { message: 'The body must be a JSON object like {"username": "ada", "password": "lovelace"}.' },
);
