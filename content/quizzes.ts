/**
 * The self-check at the end of each lesson, by lesson slug (content/navigation.ts): 3 to 5
 * questions, each with exactly one right choice and a sentence for every choice saying why it is
 * right or wrong. lib/study/quizzes.test.ts holds every lesson to that; a lesson added to
 * navigation.ts needs its entry here. Facts as of December 2026, in the lessons' own terms.
 */
export interface QuizChoice {
  text: string;
  /** Exactly one choice per question is correct. */
  correct?: true;
  /** Why this choice is right or wrong: shown the moment the learner picks it. */
  why: string;
}

export interface QuizQuestion {
  /** Stable within its lesson: the learner's saved answers are keyed by it. */
  id: string;
  prompt: string;
  choices: QuizChoice[];
}

export const quizzes: Record<string, QuizQuestion[]> = {
  "why-state": [
    {
      id: "stateless",
      prompt: "Why does a website need cookies or sessions to remember that you logged in?",
      choices: [
        {
          text: "HTTP keeps nothing from one request to the next, so memory has to be added on top",
          correct: true,
          why: "Right: each request stands alone in HTTP. A cookie the browser sends back is what ties the next request to the last one.",
        },
        {
          text: "The server forgets you only when its cache is full",
          why: "No: forgetting is not a cache problem. Nothing in HTTP links two requests, however much memory the server has.",
        },
        {
          text: "Browsers delete every header after each page",
          why: "No: the browser keeps its cookies and adds them to each request. Headers are per request by design, not deleted by the browser.",
        },
      ],
    },
    {
      id: "two-places",
      prompt: "In a server-side session, what does the browser hold?",
      choices: [
        { text: "The session data, encrypted", why: "No: that is a sealed cookie. A server session keeps the data on the server." },
        {
          text: "A random key to data the server keeps",
          correct: true,
          why: "Right: the browser holds only the session ID, in a cookie; the data stays in the server's store.",
        },
        {
          text: "Nothing: sessions need no cookie",
          why: "No: the session ID nearly always travels in a cookie. A session rides on a cookie rather than replacing it.",
        },
      ],
    },
    {
      id: "kinds-of-state",
      prompt: "Which piece of state is harmless if the visitor changes it themselves?",
      choices: [
        { text: "The user ID of the logged-in account", why: "No: an identity must never be forgeable. Changing it would mean becoming someone else." },
        { text: "The price of an item in the cart", why: "No: a price the visitor can edit is a price they can lower. Keep it on the server." },
        {
          text: "The page's colour theme",
          correct: true,
          why: "Right: if someone changes their own theme, nobody loses anything, so a raw cookie is fine for it.",
        },
      ],
    },
  ],
  cookies: [
    {
      id: "headers",
      prompt: "Which header does the browser send back with later requests?",
      choices: [
        { text: "Set-Cookie, with all the attributes", why: "No: Set-Cookie goes from the server to the browser, in a response." },
        {
          text: "Cookie, with only names and values",
          correct: true,
          why: "Right: the Cookie request header carries name=value pairs only. The attributes never travel back.",
        },
        { text: "Cookie, with names, values and expiry dates", why: "No: the server never sees a cookie's attributes, its expiry included." },
      ],
    },
    {
      id: "session-cookie",
      prompt: "What makes a cookie a “session cookie”?",
      choices: [
        { text: "It holds a session ID", why: "No: what the value means does not matter. theme=dark can be a session cookie too." },
        {
          text: "It has neither Expires nor Max-Age",
          correct: true,
          why: "Right: “session cookie” is about its lifetime in the browser: it lasts until the browser ends its session.",
        },
        { text: "It is marked HttpOnly", why: "No: HttpOnly hides a cookie from scripts; it says nothing about how long the cookie lives." },
      ],
    },
    {
      id: "delete",
      prompt: "How does a server delete one cookie?",
      choices: [
        {
          text: "It sets the cookie again with the same name, Path and Domain and an expiry in the past",
          correct: true,
          why: "Right: Max-Age=0 or a past Expires removes it, but only if name, Path and Domain match the stored cookie.",
        },
        {
          text: "It sends a Delete-Cookie header",
          why: 'No: there is no such header. (Clear-Site-Data: "cookies" exists, but it drops all of the site\'s cookies, not one.)',
        },
        { text: "It stops sending Set-Cookie for it", why: "No: the browser keeps a cookie until it expires, whether or not the server mentions it again." },
      ],
    },
  ],
  "cookie-attributes": [
    {
      id: "httponly",
      prompt: "What does HttpOnly do?",
      choices: [
        {
          text: "Sends the cookie only over HTTP, never HTTPS",
          why: "No: despite the name, it has nothing to do with the protocol. Secure is the attribute about HTTPS.",
        },
        {
          text: "Hides the cookie from document.cookie and other script APIs",
          correct: true,
          why: "Right: scripts on the page cannot read it, but the browser still sends it with every request.",
        },
        {
          text: "Stops the cookie from going along on cross-site requests",
          why: "No: that is SameSite's job. An HttpOnly cookie rides on cross-site requests like any other.",
        },
      ],
    },
    {
      id: "host-prefix",
      prompt: "A cookie named __Host-sid is accepted only with…",
      choices: [
        { text: "Secure, Path=/ and no Domain", correct: true, why: "Right: so it is host-only, set over HTTPS, and no subdomain can plant or overwrite it." },
        { text: "Secure and HttpOnly", why: "No: those are the __Http- prefix's conditions. __Host- asks for Secure, Path=/ and no Domain." },
        { text: "A Domain attribute naming the host", why: "No: a __Host- cookie must have no Domain at all; a Domain would share it with subdomains." },
      ],
    },
    {
      id: "too-big",
      prompt: "A server sets a cookie whose name and value total 5,000 bytes. What happens?",
      choices: [
        { text: "The browser truncates it to 4096 bytes", why: "No: browsers do not cut a cookie short. Past 4096 bytes they refuse it whole." },
        {
          text: "The browser refuses it, and the server is not told",
          correct: true,
          why: "Right: the Set-Cookie line arrives, and the cookie simply never appears in later requests.",
        },
        { text: "The browser stores it and sends it in two Cookie headers", why: "No: there is no splitting. Name and value together must fit in 4096 bytes." },
      ],
    },
    {
      id: "samesite-none",
      prompt: "What does a browser require of a cookie with SameSite=None?",
      choices: [
        { text: "HttpOnly", why: "No: HttpOnly is not required with SameSite=None." },
        { text: "Secure", correct: true, why: "Right: a SameSite=None cookie without Secure is refused." },
        { text: "A Domain attribute", why: "No: SameSite=None says nothing about Domain; host-only cookies can be SameSite=None." },
      ],
    },
  ],
  sessions: [
    {
      id: "good-id",
      prompt: "Which makes a good session ID?",
      choices: [
        {
          text: "The user name and the login time, hashed",
          why: "No: anything derived from user data or a timestamp can be guessed or rebuilt by an attacker.",
        },
        { text: "An increasing counter", why: "No: a counter tells an attacker the neighbouring IDs, which belong to other people." },
        {
          text: "At least 128 bits from a cryptographic random source",
          correct: true,
          why: "Right: the ID is the only thing between a stranger and the session, so it must be unguessable (this site draws 256 bits).",
        },
      ],
    },
    {
      id: "memory-restart",
      prompt: "The sessions live in the server process's memory, and the server restarts. What happens?",
      choices: [
        {
          text: "Every session is lost, and every visitor is treated as new",
          correct: true,
          why: "Right: process memory does not survive a restart; each cookie now points at nothing.",
        },
        {
          text: "The browser re-sends the session data, and the server rebuilds it",
          why: "No: in a server session the browser holds only the ID, never the data.",
        },
        {
          text: "Nothing: sessions are written to the cookie on restart",
          why: "No: a memory store keeps nothing anywhere else. SQLite, a database or Redis with persistence would survive.",
        },
      ],
    },
    {
      id: "unknown-id",
      prompt: "A request brings sid=abc, and the store has no such session. What should a careful server do?",
      choices: [
        { text: "Create a session under the ID abc", why: "No: adopting IDs it never issued is what makes session fixation possible." },
        {
          text: "Ignore it and, on the next write, start a fresh session under a new random ID",
          correct: true,
          why: "Right: the server only ever uses IDs it made itself, and clears the unknown cookie.",
        },
        {
          text: "Answer 500, since the store must be broken",
          why: "No: an unknown ID is normal (an expired session, a restart, a forged cookie) and no server error.",
        },
      ],
    },
  ],
  "stateless-tokens": [
    {
      id: "jwt-readable",
      prompt: "Who can read the payload of a signed (HS256) JWT?",
      choices: [
        { text: "Only the server that holds the secret", why: "No: signing does not encrypt. The payload is base64url, which anyone can decode." },
        {
          text: "Anyone who holds the token",
          correct: true,
          why: "Right: the signature stops changes, not reading. Put nothing in it that the holder should not see.",
        },
        { text: "Nobody, not even the server", why: "No: the server and everyone else can decode the payload." },
      ],
    },
    {
      id: "sealed",
      prompt: "What can the browser do with a sealed (iron-session) cookie?",
      choices: [
        { text: "Read the data but not change it", why: "No: that describes a signed JWT. A seal is encrypted, so the data cannot be read either." },
        { text: "Read and change the data freely", why: "No: that describes a raw cookie." },
        {
          text: "Neither read it nor change it without the server noticing",
          correct: true,
          why: "Right: the seal is encrypted and authenticated; a changed seal fails to open.",
        },
      ],
    },
    {
      id: "revoke",
      prompt: "A user logs out, but an attacker copied their JWT earlier. Until when does the copy work?",
      choices: [
        {
          text: "Until the token's exp, unless the server keeps a deny-list",
          correct: true,
          why: "Right: that is the revocation gap. The server has no record to delete; a deny-list brings a store back.",
        },
        {
          text: "Not at all: logout invalidates the signature",
          why: "No: logout only clears the browser's copy. The signature of the copied token is still valid.",
        },
        { text: "Until the browser is closed", why: "No: the attacker's copy does not care about the victim's browser." },
      ],
    },
    {
      id: "verifier",
      prompt: "Another service must verify your tokens. Which setup is right?",
      choices: [
        { text: "Give it your HS256 secret", why: "No: with the secret it can also mint any token, for any user." },
        {
          text: "Sign with ES256 and let it fetch the public key from your JWKS",
          correct: true,
          why: "Right: the public key only verifies. The service can check tokens but never make one.",
        },
        {
          text: "Let it trust the algorithm named in the token's header",
          why: "No: the header is written by whoever sends the token. Pin the algorithm per key (RFC 8725).",
        },
      ],
    },
  ],
  "login-flow": [
    {
      id: "regenerate",
      prompt: "Why does the session get a new ID at login?",
      choices: [
        {
          text: "So that anyone who knew the old ID is not logged in with the user",
          correct: true,
          why: "Right: a new ID makes earlier copies worthless, which defeats session fixation.",
        },
        { text: "Because the old session's data must be thrown away", why: "No: the data may move along to the new session. The key is what changes." },
        { text: "To make the cookie smaller", why: "No: the new ID has the same size. The point is security, not size." },
      ],
    },
    {
      id: "logout",
      prompt: "What must a logout do for a server session?",
      choices: [
        {
          text: "Clear the cookie in the browser; that is enough",
          why: "No: a copied ID would still work. The browser forgetting the ID does not end the session.",
        },
        {
          text: "Delete the session record on the server (and clear the cookie too)",
          correct: true,
          why: "Right: once the record is gone, the ID means nothing, wherever copies of it are.",
        },
        { text: "Redirect to the home page with a GET link", why: "No: logout changes state, so it is a POST; and a redirect alone ends nothing." },
      ],
    },
    {
      id: "password",
      prompt: "How does the password travel at login?",
      choices: [
        { text: "In the URL's query string, so the server can log it", why: "No: URLs end up in logs and browser history. Never put a password there." },
        { text: "In a POST body, over HTTPS", correct: true, why: "Right: the body is not logged or kept in history, and HTTPS protects it on the wire." },
        { text: "In a cookie set by the login page's script", why: "No: a password never belongs in a cookie, in any form." },
      ],
    },
  ],
  security: [
    {
      id: "csrf",
      prompt: "A page on evil.example posts a hidden form to bank.example/transfer. What stops the bank's session cookie going along?",
      choices: [
        { text: "HttpOnly on the session cookie", why: "No: HttpOnly hides the cookie from scripts; the browser still attaches it to the forged request." },
        {
          text: "SameSite=Lax (or Strict) on the session cookie",
          correct: true,
          why: "Right: the browser keeps such a cookie off a cross-site POST. An Origin check on the server is the second defence.",
        },
        { text: "Secure on the session cookie", why: "No: Secure only keeps the cookie off plain HTTP. The forged request can be HTTPS." },
      ],
    },
    {
      id: "same-site-origin",
      prompt: "Are blog.example.com and shop.example.com the same site?",
      choices: [
        {
          text: "Yes: same registrable domain, though different origins",
          correct: true,
          why: "Right: a site is the registrable domain (example.com); an origin is scheme, host and port. SameSite cannot tell them apart, an Origin check can.",
        },
        {
          text: "No: different hosts are always different sites",
          why: "No: that is the rule for origins. Sites are wider: everything under example.com is one site.",
        },
        { text: "Only if they share a Domain cookie", why: "No: whether two hosts are the same site depends on their domains, not on any cookie." },
      ],
    },
    {
      id: "xss",
      prompt: "An attacker's script runs on your page (XSS). Your session cookie is HttpOnly. What can the script still do?",
      choices: [
        {
          text: "Nothing: HttpOnly makes the page safe",
          why: "No: HttpOnly only limits the damage. The real cure is rendering input as text, plus a Content Security Policy.",
        },
        { text: "Read the cookie through document.cookie", why: "No: that is exactly what HttpOnly prevents." },
        {
          text: "Send requests from the page, and the browser attaches the cookie",
          correct: true,
          why: "Right: the script cannot read the cookie, but it can act as the user while the page is open.",
        },
      ],
    },
    {
      id: "tamper",
      prompt: "The server keeps role=user in a raw cookie and checks it on each request. What is wrong?",
      choices: [
        { text: "Nothing, as long as the cookie is Secure", why: "No: Secure protects the wire, not the user's own developer tools." },
        {
          text: "The user can edit it to role=admin",
          correct: true,
          why: "Right: a raw cookie is user input. Keep the role on the server, or in a seal or signed token.",
        },
        { text: "Roles are too long for a cookie", why: "No: size is not the issue; trust is." },
      ],
    },
  ],
  expiry: [
    {
      id: "two-clocks",
      prompt: "Which expiry is the security control?",
      choices: [
        {
          text: "The cookie's Max-Age in the browser",
          why: "No: the browser's clock and the cookie's lifetime are under the user's control, and a stolen copy ignores them.",
        },
        { text: "The session's timeouts, checked on the server", correct: true, why: "Right: only the server decides when it stops honouring an ID." },
        { text: "Both are equally reliable", why: "No: only the server's clock is out of the user's reach." },
      ],
    },
    {
      id: "absolute",
      prompt: "Why have an absolute timeout as well as an idle one?",
      choices: [
        {
          text: "So that a stolen cookie that is used constantly still dies",
          correct: true,
          why: "Right: constant use keeps the idle timer fresh forever; the absolute timeout ends the session a fixed time after login.",
        },
        { text: "So that the cookie is smaller", why: "No: timeouts live on the server and do not change the cookie's size." },
        { text: "Because browsers ignore idle timeouts", why: "No: browsers never see the server's timeouts at all." },
      ],
    },
    {
      id: "rolling",
      prompt: "In a rolling session, what does each request do?",
      choices: [
        { text: "Gives the session a new ID", why: "No: a new ID is for login and privilege changes, not for every request." },
        {
          text: "Pushes the idle expiry forward, never past the absolute limit",
          correct: true,
          why: "Right: an active user stays logged in, and the absolute limit still holds.",
        },
        { text: "Resets both timeouts", why: "No: resetting the absolute one would defeat its purpose." },
      ],
    },
  ],
  "scaling-out": [
    {
      id: "two-servers",
      prompt: "Sessions are kept in server A's memory. The next request lands on server B. What happens?",
      choices: [
        { text: "B asks A for the session", why: "No: memory stores are not shared, and B has no way to ask." },
        {
          text: "B finds nothing under the ID and treats the user as a stranger",
          correct: true,
          why: "Right: a good ID with nothing behind it, so the user seems logged out at random.",
        },
        { text: "The browser resends the login", why: "No: the browser only sends the cookie; it does not know about servers A and B." },
      ],
    },
    {
      id: "shared-store",
      prompt: "What does a shared store (Redis, a database) keep that stateless tokens lose?",
      choices: [
        {
          text: "Instant revocation: one delete, and every server agrees",
          correct: true,
          why: "Right: tokens stay valid until they expire; a shared store can end a session now.",
        },
        { text: "Smaller requests than a session ID", why: "No: a session ID is already small; tokens are the larger ones." },
        { text: "No extra infrastructure", why: "No: a shared store is one more service to run. Tokens are the option without one." },
      ],
    },
    {
      id: "sticky",
      prompt: "What is the weakness of sticky sessions?",
      choices: [
        { text: "They need a JWT", why: "No: sticky sessions are a load balancer setting and work with any session store." },
        {
          text: "When a server dies or is redeployed, its sessions die with it",
          correct: true,
          why: "Right: they hide the problem instead of solving it, and the load spreads unevenly.",
        },
        {
          text: "They make every request slower by a store lookup",
          why: "No: a lookup is the shared store's cost. Sticky sessions keep a local memory store.",
        },
      ],
    },
  ],
  comparison: [
    {
      id: "revocable",
      prompt: "Which mechanism can the server revoke at once?",
      choices: [
        { text: "A raw cookie", why: "No: the server cannot take a raw cookie back." },
        { text: "A JWT in a cookie", why: "No: a JWT stays valid until exp, short of a deny-list." },
        { text: "A server session", correct: true, why: "Right: delete the record, and the ID is worthless." },
      ],
    },
    {
      id: "default",
      prompt: "What is the default choice for a website's logins and carts?",
      choices: [
        { text: "A server session", correct: true, why: "Right: the data stays private, the cookie stays small, and the session can be revoked." },
        { text: "A JWT signed with HS256", why: "No: a JWT is for other services verifying who is calling; rarely the right choice for a site's own login." },
        { text: "A raw cookie", why: "No: a raw cookie is for harmless preferences, never for something the server must trust." },
      ],
    },
    {
      id: "faster",
      prompt: "“Cookies are faster than sessions.” What is wrong with the claim?",
      choices: [
        {
          text: "Nothing: a cookie saves the server a lookup",
          why: "No: the lookup costs a fraction of a millisecond; the cookie's bytes go with every request.",
        },
        {
          text: "A cookie travels with every request to its site, so large data in it costs on each one",
          correct: true,
          why: "Right: images and scripts included. HTTP/2 and 3 compress a repeated header, but not a changing one.",
        },
        { text: "Cookies are slower because browsers encrypt them", why: "No: browsers do not encrypt cookie values; only HTTPS protects them on the wire." },
      ],
    },
  ],
  "beyond-cookies": [
    {
      id: "sent",
      prompt: "Which of these does the browser send to the server without any script asking?",
      choices: [
        { text: "Cookies", correct: true, why: "Right: every matching request carries them, links, images and forms included." },
        { text: "localStorage", why: "No: a script must read it and send it itself, for example in a header." },
        { text: "IndexedDB", why: "No: like localStorage, it stays in the browser until a script sends what it holds." },
      ],
    },
    {
      id: "bearer",
      prompt: "An app moves its login from an HttpOnly cookie to a bearer token in localStorage. What changes?",
      choices: [
        {
          text: "CSRF goes away, but one injected script can now copy the token and use it elsewhere",
          correct: true,
          why: "Right: the browser never adds the header by itself, and scripts can read localStorage.",
        },
        { text: "Both XSS and CSRF go away", why: "No: XSS gets worse, since the token is readable by any script on the page." },
        { text: "Nothing: both are sent the same way", why: "No: a cookie is sent by the browser, a bearer token only by the app's own code." },
      ],
    },
    {
      id: "reuse",
      prompt: "With refresh-token rotation, the server sees an already spent refresh token again. What does it do?",
      choices: [
        {
          text: "Ends the whole token family: two parties hold copies, and it cannot tell the user from the thief",
          correct: true,
          why: "Right: RFC 9700 §4.14; both must log in again.",
        },
        { text: "Accepts it once more, since it was valid", why: "No: a spent token presented again is the sign of a copy." },
        { text: "Refuses only that request and keeps the newest token valid", why: "No: the newest token may be the thief's; the whole family goes." },
      ],
    },
    {
      id: "everywhere",
      prompt: 'What does "log out everywhere" need on a server that keeps sessions in a store?',
      choices: [
        {
          text: "An index from each user to their session IDs, written with each session",
          correct: true,
          why: "Right: then every session of the account can be listed and deleted at once.",
        },
        {
          text: "Nothing: deleting the cookie in this browser ends every session",
          why: "No: the other browsers keep their own cookies, and their sessions stay on the server.",
        },
        { text: "A new signing secret", why: "No: where it logs anyone out, it logs out every user of the site, not one user's devices." },
      ],
    },
  ],
  "express-and-nextjs": [
    {
      id: "save-uninitialized",
      prompt: "What does express-session's saveUninitialized: true do?",
      choices: [
        {
          text: "Creates a session record and cookie for every visitor, even before anything is stored",
          correct: true,
          why: "Right: bots and health checks fill the store, and cookies are set before consent. Use false.",
        },
        { text: "Saves the session only after login", why: "No: that is closer to what saveUninitialized: false allows." },
        { text: "Encrypts the session cookie", why: "No: it has nothing to do with encryption." },
      ],
    },
    {
      id: "get",
      prompt: "The example sets the session on GET /setSession. Why is that unsafe?",
      choices: [
        { text: "GET requests cannot carry cookies", why: "No: they carry cookies like any request, which is part of the problem." },
        {
          text: "Any site can trigger a GET with a link, and prefetchers follow GET links",
          correct: true,
          why: "Right: SameSite=Lax lets cookies ride on top-level GETs. GET must only read.",
        },
        { text: "GET responses cannot set cookies", why: "No: any response can carry Set-Cookie." },
      ],
    },
    {
      id: "next-cookies",
      prompt: "Where may Next.js code call (await cookies()).set(…)?",
      choices: [
        { text: "In any Server Component", why: "No: Server Components may read cookies, but not set them." },
        { text: "In a Server Function (Server Action) or a Route Handler", correct: true, why: "Right: only those can change the response's headers." },
        { text: "Only in middleware", why: "No: Route Handlers and Server Functions may set cookies too." },
      ],
    },
  ],
  "myths-and-faq": [
    {
      id: "per-tab",
      prompt: "Is a server session per tab?",
      choices: [
        { text: "Yes: each tab gets its own session", why: "No: the session ID is in a cookie, which every tab of the browser profile shares." },
        {
          text: "No: every tab sends the same cookie, so they share the session; sessionStorage is what is per tab",
          correct: true,
          why: "Right: sessionStorage never travels to the server; the session cookie is shared.",
        },
        { text: "Only in private windows", why: "No: a private window has its own jar, separate from normal windows, but its tabs still share it." },
      ],
    },
    {
      id: "clearing",
      prompt: "You clear your cookies. What happens to your server session?",
      choices: [
        { text: "The server deletes it at once", why: "No: the server is not told. It only stops receiving the ID." },
        {
          text: "The browser forgets the key; the record stays on the server until its timeout",
          correct: true,
          why: "Right: you are logged out, and the record waits for its timeout, unreachable unless someone copied the ID.",
        },
        { text: "The session moves to local storage", why: "No: clearing cookies moves nothing anywhere." },
      ],
    },
    {
      id: "banner",
      prompt: "Under the EU's ePrivacy rules, which cookie needs no consent?",
      choices: [
        { text: "A login cookie for the session it serves", correct: true, why: "Right: it is strictly necessary for a service the user asked for." },
        { text: "An analytics cookie", why: "No: analytics cookies need consent." },
        { text: "A theme cookie kept for a year", why: "No: a preference is exempt for the session “or slightly more”; a year falls outside." },
      ],
    },
  ],
};
