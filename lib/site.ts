/** The site's own configuration, as data: its name and the main navigation. */
export const site = {
  name: "Cookie & Session Lab",
  description:
    "Learn how websites remember people: cookies, sealed cookies, JWTs and server-side sessions, side by side, with live demos that show every header.",
  nav: [
    { href: "/", label: "Home" },
    { href: "/learn", label: "Learn" },
    { href: "/demos", label: "Demos" },
    { href: "/tools/explain", label: "Explainer" },
    { href: "/instructors", label: "Instructors" },
  ],
} as const;
