/** The CSRF demo's settings, shared by its API (csrf.ts) and its page, which must not import node:crypto. */
export const SAME_SITE_CHOICES = ["Lax", "Strict", "None", "unset"] as const;
export const DEFENCES = ["none", "origin", "token"] as const;
export type SameSiteChoice = (typeof SAME_SITE_CHOICES)[number];
export type Defence = (typeof DEFENCES)[number];
