import { ApiError } from "../http/api-error";
import { allowedLabOrigin, FORGED_EMAIL } from "./csrf";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * GET /api/csrf/attacker?lab=<origin>: the attacker's page of the CSRF demo, which the lab serves
 * under another origin (csrf.ts: attackerOrigin). One form, no script, that posts the attacker's
 * email to the lab's /api/csrf/email, as any site's page can. Its own CSP allows that one form
 * target: the lab's pages allow only 'self'.
 */
export function attackerPage(request: Request): Response {
  const lab = allowedLabOrigin(new URL(request.url).searchParams.get("lab"));
  if (!lab) {
    throw new ApiError(
      400,
      "invalid_lab_origin",
      "lab must be the lab's own origin, such as http://localhost:3000: the attacker's page only posts to a loopback origin or this lab's public origin.",
    );
  }
  const here = request.headers.get("host");
  const sameOrigin = here !== null && new URL(lab).host === here.toLowerCase();
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>You won a prize! (the CSRF demo's attacker page)</title>
<style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}
body{margin:0 auto;max-width:40rem;padding:1.5rem;line-height:1.5}
.note{border:2px dashed #b45309;border-radius:.5rem;padding:.75rem 1rem}
button{font:inherit;font-size:1.25rem;padding:.75rem 1.5rem;border-radius:.5rem;border:0;background:#b91c1c;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1d4ed8;outline-offset:3px}
a{color:inherit}
</style></head>
<body><main>
<p class="note"><strong>This page plays the attacker.</strong> The Cookie &amp; Session Lab serves it at another origin${here ? ` (<code>${escape(here)}</code>)` : ""}, so to your browser it is another site's page. Its button posts a form to the lab's <code>/api/csrf/email</code>, as any page on the web may.${sameOrigin ? " <strong>You opened it on the lab's own origin, so the request would be same-origin: open it on the other origin the demo links to.</strong>" : ""}</p>
<h1>Congratulations, you won a prize!</h1>
<p>Press the button to claim it.</p>
<form method="post" action="${escape(lab)}/api/csrf/email">
<input type="hidden" name="email" value="${FORGED_EMAIL}">
<button type="submit">Claim my prize</button>
</form>
<p>A real attacker would not even ask: a script would submit the form as the page loads. <a href="${escape(lab)}/demos/csrf">Back to the demo</a> without sending anything.</p>
</main></body></html>`;
  const csp = `default-src 'none'; style-src 'unsafe-inline'; form-action ${lab}; base-uri 'none'; frame-ancestors 'none'`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-security-policy": csp } });
}
