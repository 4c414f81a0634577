"use client";

import { writePageCookie } from "@/components/demos/page-cookie";
import { useEmbed } from "./embed-context";

/** The attributes a demo's raw cookie (POST /api/cookies) gets unless the learner picks others. */
export type RawCookieAttributes = { path: "/"; sameSite: "Lax" } | { path: "/"; sameSite: "None"; secure: true; partitioned: true };

const FIRST_PARTY: RawCookieAttributes = { path: "/", sameSite: "Lax" };
// In an iframe on another site only this form survives third-party cookie blocking (Safari; Chrome in
// Incognito or by the user's setting) and every browser keeps it in a jar per top-level site (CHIPS); Path=/
// because /api/cookies' default path, /api, would hide the cookie from the page.
const EMBEDDED: RawCookieAttributes = { path: "/", sameSite: "None", secure: true, partitioned: true };

/**
 * The one place the demos' raw cookies learn they are embedded: /api/cookies sets exactly what it
 * is asked, so in embed mode the demos ask for a cookie a cross-site iframe can keep.
 */
export function useRawCookieAttributes(): RawCookieAttributes {
  return useEmbed() ? EMBEDDED : FIRST_PARTY;
}

/** writePageCookie, with the same cross-site form in embed mode (document.cookie writes obey the same rules). */
export function usePageCookieWriter(): typeof writePageCookie {
  const embedded = useEmbed() !== null;
  return (name, value, options = {}) => writePageCookie(name, value, { ...options, crossSite: embedded || options.crossSite });
}
