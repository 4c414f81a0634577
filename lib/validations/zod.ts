import { z } from "zod";

// The site's Content-Security-Policy has no 'unsafe-eval'. zod 4 probes `new Function("")` when a
// schema is built, to decide whether to compile its parsers, and browsers report that probe as a
// CSP violation; its interpreter is fast enough for this site's small schemas. Only in the browser:
// the server has no CSP on itself and keeps zod's faster compiled parsers. Every module takes zod
// from here (ESLint refuses "zod" elsewhere), so this runs before any schema is built.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
