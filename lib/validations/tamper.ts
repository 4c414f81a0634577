import { z } from "./zod";

/**
 * The raw lab cookie's claim, `user=ada&role=user` (form-encoded, so it fits a cookie value).
 * A raw cookie proves nothing; this only checks it is shaped like a claim the server can use.
 */
export const rawClaim = z.strictObject(
  {
    user: z.string({ message: "it is not of the form user=…&role=… (no user)" }).min(1, "it names no user").max(64, "the user name is over 64 characters"),
    role: z.string({ message: "it is not of the form user=…&role=… (no role)" }).min(1, "it names no role").max(64, "the role is over 64 characters"),
  },
  { message: "it is not of the form user=…&role=… (only those two keys)" },
);

export type RawClaim = z.infer<typeof rawClaim>;
