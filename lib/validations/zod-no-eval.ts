import { z } from "zod";

// The site's Content-Security-Policy has no 'unsafe-eval'. zod 4 probes `new Function("")` to decide
// whether to compile its parsers, and browsers report that probe as a CSP violation; its
// interpreter is fast enough for this site's small schemas. Only in the browser: the server has no
// CSP on itself and keeps zod's faster compiled parsers. Import this module for its effect wherever
// schemas reach the browser.
if (typeof window !== "undefined") z.config({ jitless: true });
