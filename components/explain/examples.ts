/** Ready-made inputs for the explainer: each shows one thing a browser does. */
export const EXPLAIN_EXAMPLES = [
  {
    label: "A login session cookie",
    url: "https://shop.example.com/login",
    lines: ["__Host-sid=3q2-7wYz; Path=/; Secure; HttpOnly; SameSite=Lax"],
  },
  {
    label: "A tracking cookie that asks for two years",
    url: "https://www.example.com/",
    lines: ["_track=GA1.2.1234.5678; Domain=example.com; Path=/; Max-Age=63072000; Secure; SameSite=None"],
  },
  {
    label: "Broken: SameSite=None without Secure",
    url: "http://shop.example.com/",
    lines: ["widget=1; Path=/; SameSite=None"],
  },
  {
    label: "Broken: a __Host- cookie with a Domain",
    url: "https://shop.example.com/",
    lines: ["__Host-id=1; Domain=shop.example.com; Path=/; Secure"],
  },
  {
    label: "A Path-scoped cookie and a deletion",
    url: "http://localhost/api/cart",
    lines: ["cart=3; Path=/api", "theme=dark; Path=/", "theme=; Max-Age=0; Path=/"],
  },
] as const;
