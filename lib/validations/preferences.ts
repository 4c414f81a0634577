import { z } from "./zod";
import { LANGS, THEMES } from "../preferences/preferences";

/** The body of POST /api/preferences: one or both preferences. */
export const preferencesBody = z
  .strictObject(
    {
      theme: z.enum(THEMES, { message: "theme must be light, dark or system." }).optional(),
      lang: z.enum(LANGS, { message: "lang must be en or fr." }).optional(),
    },
    { message: 'The body must be a JSON object such as {"theme": "dark", "lang": "fr"}.' },
  )
  .refine((b) => b.theme !== undefined || b.lang !== undefined, { message: 'Send theme, lang or both, such as {"theme": "dark"}.' });
