import type { DemoMeta } from "../types";

export const preferencesMeta: DemoMeta = {
  id: "preferences",
  title: "Preferences in cookies: theme and language, right from the first render",
  summary: "Pick a theme and a language: they are kept in two cookies that this site's server reads before it renders any page, so there is no flash of the wrong theme.",
  mechanisms: ["cookie"],
  howToTest:
    "Pick Dark and Français, press Save, then Reload: the page arrives dark and in French, because the server read the cookies before sending the HTML.",
  howItWorks: [
    "Save sends POST /api/preferences. The answer sets two plain cookies, theme and lang, for a year (Max-Age=31536000): a preference should outlive the browser session.",
    "On every page request the browser sends them back in the Cookie header. The site's root layout reads them on the server and writes <html lang=\"fr\" class=\"dark\" data-theme=\"dark\">, so the very first paint is right. A theme kept only in localStorage can only be applied by a script after the HTML arrives, which is why such sites flash light before turning dark.",
    "System removes the class: the stylesheet then follows the operating system's prefers-color-scheme. The server accepts only the values it knows; anything else in the cookie (which the visitor can edit) is ignored.",
    "The price: the server must render each page for each request instead of serving one cached copy, since the HTML now depends on the cookies. For a preference that is usually worth it; for big sites, the cache key must include the cookie.",
  ],
  lesson: "cookies",
  code: ["app/api/preferences/route.ts", "lib/preferences/preferences.ts", "app/layout.tsx", "app/globals.css"],
};
