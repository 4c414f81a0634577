import { z } from "./zod";

const seconds = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number of seconds.` })
    .int(`${name} must be a whole number of seconds.`)
    .min(min, `${name} must be at least ${min} seconds.`)
    .max(max, `${name} must be at most ${max} seconds.`)
    .default(fallback);

/**
 * The query of /api/expiry: demo timers short enough to watch (the site's own sessions use
 * 30 minutes and 8 hours). `rolling=on` makes every read count as activity.
 */
export const expiryQuery = z
  .object({
    rolling: z.enum(["on", "off"], { message: "rolling must be on or off." }).default("on"),
    idle: seconds("idle", 2, 600, 20),
    absolute: seconds("absolute", 4, 3600, 60),
  })
  .refine((q) => q.absolute >= q.idle, { message: "absolute must be at least as long as idle: a session cannot idle longer than it may live." });

export type ExpiryQuery = z.output<typeof expiryQuery>;
