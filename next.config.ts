import type { NextConfig } from "next";
import { addCompileHints } from "./lib/build/compile-hints";
import { SECURITY_HEADER_RULES } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole tree; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  // Trailing slashes are redirected in proxy.ts, with the security headers below: Next.js's own
  // 308 for them carried none, since headers() does not apply to Next.js's redirects.
  skipTrailingSlashRedirect: true,
  // app/global-not-found.tsx: our own 404 for URLs no route matches (the root layout is under [prefs]).
  experimental: { globalNotFound: true },
  // V8 compiles React DOM and the Next.js runtime off the main thread (lib/build/compile-hints.ts).
  compiler: {
    runAfterProductionCompile: async ({ distDir }) => {
      await addCompileHints(distDir);
    },
  },
  // Security headers on every response (lib/http/security-headers.ts).
  async headers() {
    return SECURITY_HEADER_RULES;
  },
};

export default nextConfig;
