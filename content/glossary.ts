/**
 * Every term the lessons use, for /glossary, the search index, and the links from the lessons'
 * text (lib/study/remark-glossary.ts links the first use of each term in each lesson). Each term
 * points at the lesson section that teaches it; lib/study/glossary.test.ts checks every target.
 */
export interface GlossaryTerm {
  /** The anchor on /glossary: /glossary#<id>. */
  id: string;
  term: string;
  /** The words that count as a use of the term in a lesson (case-sensitive where case matters, see matchCase). */
  matches: string[];
  /** Match the words' letter case exactly (for header and attribute names). */
  matchCase?: boolean;
  definition: string;
  /** Where it is taught: /learn/<lesson>#<heading>. */
  lesson: string;
  heading: string;
}

export const glossary: GlossaryTerm[] = [
  {
    id: "statelessness",
    term: "Statelessness",
    matches: ["statelessness", "stateless HTTP"],
    definition:
      "HTTP's design: nothing in the protocol ties one request to the next, so a server remembers nothing between them unless something is added on top.",
    lesson: "why-state",
    heading: "http-forgets",
  },
  {
    id: "cookie",
    term: "Cookie",
    matches: ["cookie", "cookies"],
    definition: "A name and value that a server asks the browser to keep and send back with later requests to the same site.",
    lesson: "why-state",
    heading: "two-places",
  },
  {
    id: "set-cookie",
    term: "Set-Cookie",
    matches: ["Set-Cookie"],
    matchCase: true,
    definition: "The response header by which a server asks the browser to store a cookie: one line per cookie, its name and value followed by attributes.",
    lesson: "cookies",
    heading: "two-headers",
  },
  {
    id: "cookie-header",
    term: "Cookie header",
    matches: ["Cookie header"],
    matchCase: true,
    definition: "The request header in which the browser sends back every matching cookie, as name=value pairs only, without their attributes.",
    lesson: "cookies",
    heading: "two-headers",
  },
  {
    id: "cookie-jar",
    term: "Cookie jar",
    matches: ["cookie jar"],
    definition: "The browser's store of cookies, one per browser profile; before each request it picks the cookies that match the URL.",
    lesson: "cookies",
    heading: "jar",
  },
  {
    id: "session-cookie",
    term: "Session cookie",
    matches: ["session cookie"],
    definition: "A cookie with neither Expires nor Max-Age: the browser keeps it until its browsing session ends. It says nothing about server sessions.",
    lesson: "cookies",
    heading: "session-vs-persistent",
  },
  {
    id: "persistent-cookie",
    term: "Persistent cookie",
    matches: ["persistent cookie"],
    definition: "A cookie with Expires or Max-Age: it stays in the jar until that date, across browser restarts.",
    lesson: "cookies",
    heading: "session-vs-persistent",
  },
  {
    id: "session",
    term: "Session (server-side)",
    matches: ["server-side session", "server session", "sessions", "session"],
    definition: "Data the server keeps about a visitor in a store, found again by a random session ID that travels in a cookie.",
    lesson: "sessions",
    heading: "how-it-works",
  },
  {
    id: "session-id",
    term: "Session ID",
    matches: ["session ID"],
    definition: "The long random key that names a server session; the only thing the browser holds. It must come from a cryptographic random source.",
    lesson: "sessions",
    heading: "good-ids",
  },
  {
    id: "session-store",
    term: "Session store",
    matches: ["session store", "store"],
    definition: "Where a server keeps its sessions: process memory, an SQLite file, a database or Redis, each with its own costs.",
    lesson: "sessions",
    heading: "stores",
  },
  {
    id: "expires-max-age",
    term: "Expires and Max-Age",
    matches: ["Max-Age", "Expires"],
    matchCase: true,
    definition:
      "The attributes that set a cookie's lifetime: a date, or seconds from now. Max-Age wins when both are present; browsers cap either at 400 days.",
    lesson: "cookie-attributes",
    heading: "lifetime",
  },
  {
    id: "domain-path",
    term: "Domain and Path",
    matches: ["Domain", "Path"],
    matchCase: true,
    definition:
      "The attributes that decide where a cookie is sent. Without Domain a cookie is host-only; with it, subdomains get it too. Path is for tidiness, not security.",
    lesson: "cookie-attributes",
    heading: "scope",
  },
  {
    id: "host-only",
    term: "Host-only cookie",
    matches: ["host-only"],
    definition: "A cookie set without a Domain attribute: it goes back only to the exact host that set it, not to its subdomains.",
    lesson: "cookie-attributes",
    heading: "scope",
  },
  {
    id: "secure",
    term: "Secure",
    matches: ["Secure"],
    matchCase: true,
    definition: "The attribute that sends a cookie only over HTTPS (Chrome and Firefox also count http://localhost as secure; Safari does not).",
    lesson: "cookie-attributes",
    heading: "secure",
  },
  {
    id: "httponly",
    term: "HttpOnly",
    matches: ["HttpOnly"],
    matchCase: true,
    definition: "The attribute that hides a cookie from document.cookie and other script APIs; the browser still sends it with every request.",
    lesson: "cookie-attributes",
    heading: "httponly",
  },
  {
    id: "samesite",
    term: "SameSite",
    matches: ["SameSite"],
    matchCase: true,
    definition: "The attribute that decides whether a cookie goes along on requests started by another site: Strict, Lax or None (None requires Secure).",
    lesson: "cookie-attributes",
    heading: "samesite",
  },
  {
    id: "third-party-cookie",
    term: "Third-party cookie",
    matches: ["third-party cookie"],
    definition: "A cookie set or sent inside a frame or request of another site than the one in the address bar; each browser treats them its own way.",
    lesson: "cookie-attributes",
    heading: "partitioned",
  },
  {
    id: "partitioned",
    term: "Partitioned (CHIPS)",
    matches: ["Partitioned", "CHIPS"],
    matchCase: true,
    definition:
      "The attribute that asks for a separate cookie jar per top-level site, so an embedded widget's cookie cannot follow you from site to site. It requires Secure.",
    lesson: "cookie-attributes",
    heading: "partitioned",
  },
  {
    id: "cookie-prefixes",
    term: "Cookie name prefixes",
    matches: ["__Secure-", "__Host-", "__Http-", "__Host-Http-"],
    matchCase: true,
    definition: "__Secure-, __Host-, __Http- and __Host-Http-: names the browser accepts only when the cookie's attributes deliver what the name promises.",
    lesson: "cookie-attributes",
    heading: "prefixes",
  },
  {
    id: "cookie-limits",
    term: "Cookie size limits",
    matches: ["4096 bytes"],
    definition:
      "A browser refuses a cookie whose name and value exceed 4096 bytes, ignores an attribute value over 1024 bytes, and caps the cookies per domain.",
    lesson: "cookie-attributes",
    heading: "limits",
  },
  {
    id: "sealed-cookie",
    term: "Sealed cookie",
    matches: ["sealed cookie", "seal"],
    definition:
      "A cookie whose data is encrypted and authenticated with the server's secret (iron-session): the browser can neither read it nor change it unnoticed.",
    lesson: "stateless-tokens",
    heading: "sealed",
  },
  {
    id: "jwt",
    term: "JWT (JSON Web Token)",
    matches: ["JWT"],
    matchCase: true,
    definition: "A token of three base64url parts (header, payload, signature). A signed JWT cannot be changed unnoticed, but anyone can read its payload.",
    lesson: "stateless-tokens",
    heading: "jwt",
  },
  {
    id: "jwks",
    term: "JWKS (JWK Set)",
    matches: ["JWK Set", "JWKS"],
    matchCase: true,
    definition:
      "A published list of public keys, each named by a kid, with which anyone can verify tokens signed by the matching private keys (ES256 and the like).",
    lesson: "stateless-tokens",
    heading: "verifiers",
  },
  {
    id: "revocation",
    term: "Revocation gap",
    matches: ["revocation gap", "revocation"],
    definition: "The time a stolen token or seal stays valid after logout: the server has nothing to delete, so it works until it expires.",
    lesson: "login-flow",
    heading: "logout",
  },
  {
    id: "secret-rotation",
    term: "Secret rotation",
    matches: ["rotate", "rotation"],
    definition: "Replacing the signing or sealing secret while still accepting the previous one for a while, so nobody is logged out.",
    lesson: "stateless-tokens",
    heading: "rotation",
  },
  {
    id: "xss",
    term: "XSS (cross-site scripting)",
    matches: ["XSS", "cross-site scripting"],
    matchCase: true,
    definition: "An attacker's JavaScript running on your page. It can read non-HttpOnly cookies, and send requests as the user with all cookies attached.",
    lesson: "security",
    heading: "xss",
  },
  {
    id: "csrf",
    term: "CSRF (cross-site request forgery)",
    matches: ["CSRF", "cross-site request forgery"],
    matchCase: true,
    definition: "Another site making the victim's browser send a request to yours, cookies attached. SameSite=Lax and an Origin check stop it.",
    lesson: "security",
    heading: "csrf",
  },
  {
    id: "same-site",
    term: "Same-site",
    matches: ["same-site", "same site"],
    definition: "Two URLs are same-site when they share a scheme and a registrable domain: blog.example.com and shop.example.com are the same site.",
    lesson: "security",
    heading: "csrf",
  },
  {
    id: "same-origin",
    term: "Same-origin",
    matches: ["same-origin", "origin"],
    definition: "Two URLs are same-origin when scheme, host and port all match: stricter than same-site.",
    lesson: "security",
    heading: "csrf",
  },
  {
    id: "registrable-domain",
    term: "Registrable domain",
    matches: ["registrable domain"],
    definition: "A public suffix (like com or co.uk) plus one label: example.com. It defines a site; no cookie can be set for a public suffix itself.",
    lesson: "security",
    heading: "csrf",
  },
  {
    id: "fixation",
    term: "Session fixation",
    matches: ["session fixation", "fixation"],
    definition: "An attack where the victim is given a session ID the attacker already knows, then logs in with it. A new ID at login defeats it.",
    lesson: "security",
    heading: "fixation",
  },
  {
    id: "hijacking",
    term: "Session hijacking",
    matches: ["session hijacking", "hijacking"],
    definition: "Using a stolen session cookie: whoever holds it is the user until the session ends.",
    lesson: "security",
    heading: "hijacking",
  },
  {
    id: "tampering",
    term: "Tampering",
    matches: ["tampering", "tamper"],
    definition:
      "Editing a cookie's value to change what the server believes, such as role=user to role=admin. Raw cookies give in; seals and signatures detect it.",
    lesson: "security",
    heading: "tampering",
  },
  {
    id: "signing-oracle",
    term: "Signing oracle",
    matches: ["signing oracle"],
    definition: "A server that signs whatever it is sent and then trusts its own signature as proof of identity. Tokens must say what they were made for.",
    lesson: "security",
    heading: "signing-oracle",
  },
  {
    id: "idle-timeout",
    term: "Idle timeout",
    matches: ["idle timeout"],
    definition: "Ends a session after a stretch without requests, checked on the server.",
    lesson: "expiry",
    heading: "idle-and-absolute",
  },
  {
    id: "absolute-timeout",
    term: "Absolute timeout",
    matches: ["absolute timeout"],
    definition: "Ends a session a fixed time after login, however busy it is, so a stolen cookie in constant use still dies.",
    lesson: "expiry",
    heading: "idle-and-absolute",
  },
  {
    id: "rolling-session",
    term: "Rolling session",
    matches: ["rolling session", "rolling"],
    definition: "A session whose idle expiry moves forward with each request, never past the absolute limit.",
    lesson: "expiry",
    heading: "rolling",
  },
  {
    id: "remember-me",
    term: "Remember me",
    matches: ["remember me", "remember-me"],
    definition: "A login that outlives the browser session: a persistent cookie, ideally a separate random token exchanged for a fresh session.",
    lesson: "expiry",
    heading: "remember-me",
  },
  {
    id: "sticky-sessions",
    term: "Sticky sessions",
    matches: ["sticky sessions", "sticky session"],
    definition: "A load balancer sending each visitor back to the same server; when that server dies, its sessions die too.",
    lesson: "scaling-out",
    heading: "sticky",
  },
  {
    id: "session-storage",
    term: "sessionStorage",
    matches: ["sessionStorage"],
    matchCase: true,
    definition: "A browser storage API kept per tab, never sent to the server: unrelated to cookies and server sessions despite its name.",
    lesson: "myths-and-faq",
    heading: "per-tab",
  },
];

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return glossary.find((t) => t.id === id);
}
