import { z } from "./zod";
import { SAME_SITE_VALUES } from "../cookie/grammar";
import { MAX_NAME_CHARS, MAX_VALUE_CHARS } from "./cookie-fields";

/** Any case, as a browser reads it; written back in the spelling of SAME_SITE_VALUES. */
const sameSite = z
  .string()
  .transform((s) => SAME_SITE_VALUES.find((v) => v.toLowerCase() === s.toLowerCase()))
  .pipe(z.enum(SAME_SITE_VALUES, { message: "SameSite must be Strict, Lax or None." }));

/** The body of `POST /api/cookies`: one raw cookie, exactly as the learner asks for it. */
export const setCookieBody = z.strictObject(
  {
    name: z.string({ message: 'The name must be a string, for example "theme".' }).max(MAX_NAME_CHARS, `The name may be at most ${MAX_NAME_CHARS} characters.`),
    value: z
      .string({ message: 'The value must be a string (use "" for an empty value).' })
      .max(MAX_VALUE_CHARS, `The value may be at most ${MAX_VALUE_CHARS} characters.`),
    maxAge: z
      .number({ message: "The field maxAge must be a number of seconds." })
      .int("The field maxAge must be a whole number of seconds.")
      .min(-1e10, "The field maxAge is too small.")
      .max(1e10, "The field maxAge is too large.")
      .optional(),
    expires: z
      .union([z.string().max(100), z.number()], { message: "The field expires must be a date string (e.g. 2030-01-01T00:00:00Z) or a time in milliseconds." })
      .transform((v) => new Date(v))
      .refine(
        (d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1601 && d.getUTCFullYear() <= 9999,
        "The field expires is not a date a browser can read (years 1601 to 9999).",
      )
      .optional(),
    path: z.string({ message: 'The path must be a string such as "/".' }).optional(),
    domain: z.string({ message: 'The domain must be a string such as "localhost".' }).optional(),
    secure: z.boolean({ message: "The field secure must be true or false." }).optional(),
    httpOnly: z.boolean({ message: "The field httpOnly must be true or false." }).optional(),
    sameSite: sameSite.optional(),
    partitioned: z.boolean({ message: "The field partitioned must be true or false." }).optional(),
  },
  { message: 'The body must be a JSON object like {"name": "theme", "value": "dark"}.' },
);

export type SetCookieBody = z.infer<typeof setCookieBody>;

/** `DELETE /api/cookies?name=N[&path=P][&domain=D]` */
export const clearCookieQuery = z.object({
  name: z.string({ message: "Say which cookie to clear: add ?name=... to the URL." }).min(1, "Say which cookie to clear: add ?name=... to the URL."),
  path: z.string().optional(),
  domain: z.string().optional(),
});
