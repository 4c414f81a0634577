import { z } from "./zod";

/** A device's name as the learner types it: short, printable, no markup characters. */
const label = z
  .string({ message: 'label must be a string, such as "Laptop".' })
  .trim()
  .min(1, "label must not be empty: leave it out to name the device after its browser.")
  .max(40, "label must be 40 characters at most.")
  .regex(/^[\p{L}\p{N} .'’_-]+$/u, "label may hold letters, digits, spaces and . ' _ - only.");

/** The body of POST /api/devices/login. */
export const deviceLoginBody = z.strictObject(
  {
    username: z.string({ message: "The username must be a string: the one POST /api/devices/account gave you." }).max(100, "The username is too long."),
    password: z.string({ message: "The password must be a string: the one POST /api/devices/account gave you." }).max(200, "The password is too long."),
    label: label.optional(),
  },
  { message: 'The body must be a JSON object like {"username": "learner-…", "password": "…", "label": "Laptop"}.' },
);

/** The body of POST /api/devices/end: which sessions of the logged-in account to end. */
export const deviceEndBody = z.discriminatedUnion(
  "which",
  [
    z.strictObject({
      which: z.literal("one"),
      device: z
        .string({ message: "device must be the id of a device from the list (GET /api/devices)." })
        .regex(/^[\w-]{16}$/, "device must be the 16-character id of a device from the list (GET /api/devices)."),
      clearSiteData: z.boolean({ message: "clearSiteData must be true or false." }).optional(),
    }),
    z.strictObject({ which: z.literal("others") }),
    z.strictObject({ which: z.enum(["this", "all"]), clearSiteData: z.boolean({ message: "clearSiteData must be true or false." }).optional() }),
  ],
  { message: 'which must be "this", "one" (with a device), "others" or "all".' },
);

export type DeviceEndBody = z.infer<typeof deviceEndBody>;
