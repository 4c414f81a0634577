/* The tamper lab's names and constants, with no runtime code, so the page can share them. */
import type { Mechanism } from "../../mechanisms";

export const LAB_COOKIE_NAMES: Record<Mechanism, string> = {
  cookie: "lab_raw",
  sealed: "lab_sealed",
  jwt: "lab_jwt",
  server: "lab_sid",
};

/** The lab's cookies live an hour; the seal and the token expire with them. */
export const LAB_TTL_SECONDS = 3600;

/** The claim every mechanism starts with: the demo user, with the ordinary role. */
export const LAB_CLAIM = { user: "ada", role: "user" } as const;
