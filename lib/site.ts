import type { NavKey } from "./preferences/ui-text";

/** The site's own configuration, as data: its name and the main navigation (labels per language in lib/preferences/ui-text.ts). */
export const site = {
  name: "Cookie & Session Lab",
  nav: [
    { href: "/", key: "home" },
    { href: "/learn", key: "learn" },
    { href: "/demos", key: "demos" },
    { href: "/tools/explain", key: "explainer" },
    { href: "/instructors", key: "instructors" },
  ] satisfies { href: string; key: NavKey }[],
} as const;
