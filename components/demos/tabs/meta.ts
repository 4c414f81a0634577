import type { DemoMeta } from "../types";

export const tabsMeta: DemoMeta = {
  id: "tabs",
  title: "Two tabs, one session",
  summary: "Open this demo in a second tab: both tabs share the cookie and the server session, while sessionStorage is different in each tab.",
  mechanisms: ["server"],
  howToTest: "Write a note in this tab, press Open in a second tab, and press Read there: the second tab reads the same note, but shows its own tab label.",
  howItWorks: [
    "A common claim is that a server session belongs to one browser tab. It does not: cookies belong to the browser profile and the site, so every tab (and window) of the same profile sends the same session cookie, and the server sees one visitor with one session.",
    "sessionStorage is the thing that is per tab: each tab gets its own copy, which lives as long as the tab. The label at the top comes from sessionStorage, so it differs between tabs; a new tab opened with noopener starts with an empty sessionStorage.",
    "So a write in one tab is visible at the next request from any other tab. Apps that need per-tab state (two carts, two drafts) must keep it in sessionStorage or in the URL, or key it inside the session by a tab ID.",
    "A private (incognito) window, or another browser profile, has its own cookie jar and so its own session.",
  ],
  lesson: "myths-and-faq",
  code: ["components/demos/tabs/tabs-demo.tsx", "components/demos/tabs/use-tab-label.ts", "app/api/session/route.ts"],
};
