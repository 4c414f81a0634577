import { z } from "./zod";
import { DEFENCES, SAME_SITE_CHOICES } from "../api/csrf-choices";

/** The body of POST /api/csrf: start (or restart) the demo account with these settings. */
export const csrfSettingsBody = z.strictObject(
  {
    sameSite: z.enum(SAME_SITE_CHOICES, { message: "sameSite must be Lax, Strict, None or unset." }),
    defence: z.enum(DEFENCES, { message: "defence must be none, origin or token." }),
  },
  { message: 'The body must be a JSON object such as {"sameSite": "Lax", "defence": "origin"}.' },
);

/** An email address as the demo account keeps it: short, one @, no spaces. */
const email = z
  .string({ message: "email must be a string." })
  .regex(/^[^\s@]{1,64}@[^\s@]{1,63}$/, { message: "email must be an address such as you@learner.example, without spaces." });

/** The body of POST /api/csrf/email, as JSON (the lab's page) or as a form (the attacker's page). */
export const csrfEmailBody = z.strictObject(
  { email, csrf_token: z.string().max(100).optional() },
  { message: 'The body must be {"email": "you@learner.example"}, as JSON or as a form.' },
);
