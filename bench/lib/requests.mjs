// The requests the HTTP and CPU benches send, in one place, so both measure the same work.

export const JSON_HEADERS = { "content-type": "application/json" };
/** POST /api/cookies (and the POST baseline, which reads the same body). */
export const COOKIE_BODY = '{"name":"theme","value":"dark","path":"/","httpOnly":true}';
/** POST /api/session on an existing session: one key merged. */
export const SESSION_WRITE_BODY = '{"n":1}';
/** POST /api/explain: three lines, one of them refused. */
export const EXPLAIN_BODY = JSON.stringify({
  setCookie: ["sid=1; Path=/; Secure; HttpOnly; SameSite=Lax", "t=1; Max-Age=60", "x=1; SameSite=None"],
  url: "https://example.com/",
});

/** Starts a server session on the lab at `url` (POST /api/session) and returns its cookie, `name=value`. */
export async function newSessionCookie(url) {
  const res = await fetch(`${url}/api/session`, { method: "POST", headers: JSON_HEADERS, body: '{"cart":1}' });
  return res.headers.getSetCookie()[0].split(";")[0];
}
