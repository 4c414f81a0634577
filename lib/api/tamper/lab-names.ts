/* The tamper lab's names and constants, with no imports, so the page can share them. */

/** The four ways the tamper lab keeps the same claim, one cookie each. */
export const LAB_MECHANISMS = ["cookie", "sealed", "jwt", "server"] as const;
export type LabMechanism = (typeof LAB_MECHANISMS)[number];

export const LAB_COOKIE_NAMES: Record<LabMechanism, string> = {
  cookie: "lab_raw",
  sealed: "lab_sealed",
  jwt: "lab_jwt",
  server: "lab_sid",
};

/** The lab's cookies live an hour; the seal and the token expire with them. */
export const LAB_TTL_SECONDS = 3600;

/** The claim every mechanism starts with: the demo user, with the ordinary role. */
export const LAB_CLAIM = { user: "ada", role: "user" } as const;
