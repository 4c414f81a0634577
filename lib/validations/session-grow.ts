import { z } from "./zod";
import { SESSION_MAX_DATA_BYTES } from "../session/limits";

/**
 * The body of POST /api/session/grow: how many bytes of filler the session should hold. The
 * server makes the filler itself, so a megabyte needs a 20-byte request, not a megabyte upload.
 */
export const sessionGrowBody = z.strictObject(
  {
    bytes: z
      .number({ message: "The field bytes must be a number, for example 1000000." })
      .int("The field bytes must be a whole number of bytes.")
      .min(1, "The field bytes must be at least 1.")
      .max(SESSION_MAX_DATA_BYTES, `The field bytes may be at most ${SESSION_MAX_DATA_BYTES} (1 MiB), the lab's limit per session.`),
  },
  { message: 'The body must be a JSON object like {"bytes": 1000000}.' },
);
