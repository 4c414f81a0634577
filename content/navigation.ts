/** The lessons, in reading order: the /learn index, the lesson pages and their previous/next links read this list. */
export interface LessonEntry {
  /** The URL is /learn/<slug>, and the text is content/<slug>.mdx. */
  slug: string;
  title: string;
  /** One sentence for the index and the page's description. */
  summary: string;
}

export const lessons: LessonEntry[] = [
  {
    slug: "why-state",
    title: "Why state at all",
    summary: "HTTP forgets every request at once; a site that remembers your login, cart or theme has to add memory on top.",
  },
  { slug: "cookies", title: "Cookies", summary: "Set-Cookie and Cookie on the wire, the browser's cookie jar, and why a “session cookie” is not a session." },
  {
    slug: "cookie-attributes",
    title: "Cookie attributes",
    summary: "Expires and Max-Age, Domain, Path, Secure, HttpOnly, SameSite, Partitioned, the name prefixes, and the size limits.",
  },
  {
    slug: "sessions",
    title: "Sessions",
    summary: "A random ID in a cookie, the data on the server: where that data can live, what each store costs, and what a restart does.",
  },
  {
    slug: "stateless-tokens",
    title: "Sealed cookies and JWTs",
    summary: "Keeping the data in the browser but signed or encrypted: what you gain without a store, and what you give up.",
  },
  {
    slug: "login-flow",
    title: "The login flow",
    summary: "Cookies and sessions together, step by step: a new ID at login, and a logout that really ends the session.",
  },
  {
    slug: "security",
    title: "Security",
    summary: "XSS and HttpOnly, CSRF and SameSite, fixation, hijacking and tampering, and why a raw cookie must never carry a role.",
  },
  {
    slug: "expiry",
    title: "Expiry",
    summary: "Browser lifetimes versus server timeouts: idle and absolute limits, rolling sessions, and what “remember me” does.",
  },
  {
    slug: "scaling-out",
    title: "Scaling out",
    summary: "Two servers, one user: sticky sessions, a shared store, or stateless tokens, and why an in-memory store breaks.",
  },
  { slug: "comparison", title: "The comparison", summary: "The four mechanisms in one corrected table, and how to choose between them." },
  {
    slug: "beyond-cookies",
    title: "Beyond cookies",
    summary:
      "localStorage, sessionStorage and IndexedDB beside cookies, bearer tokens, refresh-token rotation, the backend-for-frontend, and logging out everywhere.",
  },
  {
    slug: "express-and-nextjs",
    title: "Express and Next.js",
    summary: "The classic Express examples beside this site's route handlers, and what the Express versions get wrong.",
  },
  {
    slug: "myths-and-faq",
    title: "Myths and FAQ",
    summary: "Per-tab sessions, “faster” cookies, clearing cookies, HttpOnly as a cure-all, and other questions people ask.",
  },
];

export function lessonIndex(slug: string): number {
  return lessons.findIndex((l) => l.slug === slug);
}
