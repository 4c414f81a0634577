import type { DemoMeta } from "../types";

export const preferencesMeta: DemoMeta = {
  id: "preferences",
  title: "Preferences in cookies: theme and language, right from the first render",
  summary:
    "Pick a theme and a language: they are kept in two cookies that this site's server reads before it renders any page, so there is no flash of the wrong theme.",
  mechanisms: ["cookie"],
  howToTest:
    "Pick Dark and Français, press Save, then Reload: the page arrives dark and in French, because the server read the cookies before sending the HTML.",
  howItWorks: [
    "Save sends POST /api/preferences. The answer sets two plain cookies, theme and lang, with no Max-Age: session cookies, which the browser forgets when its session ends. A preference kept longer would need your consent first under EU rules (see the FAQ on cookie banners), and a theme is not worth a banner.",
    'On every page request the browser sends them back in the Cookie header. Before any page is served, proxy.ts reads them and picks one of six prerendered copies of the page, one per theme and language (/dark-fr/learn/cookies for theme=dark; lang=fr), without changing the URL you see. That copy\'s root layout (app/[prefs]/layout.tsx) was rendered at build time with <html lang="fr" class="dark" data-theme="dark">, so the very first paint is right. A theme kept only in localStorage can only be applied by a script after the HTML arrives, which is why such sites flash light before turning dark.',
    "System removes the class: the stylesheet then follows the operating system's prefers-color-scheme. Only the values the site knows pick a copy; anything else in the cookies (which the visitor can edit) falls back to the defaults.",
    "The price: six copies of every page to build, and an answer that now depends on the cookies, so proxy.ts marks every page Cache-Control: private, no-cache, or a shared cache would serve one visitor's theme to everyone. A CDN that should cache the pages must key its cache on these two cookies.",
  ],
  lesson: "cookies",
  code: ["app/api/preferences/route.ts", "lib/api/preferences.ts", "proxy.ts", "app/[prefs]/layout.tsx", "app/globals.css"],
};
