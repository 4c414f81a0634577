import type { NextConfig } from "next";

/**
 * Security headers on every response. Next.js inlines its bootstrap scripts, so script-src needs
 * 'unsafe-inline' until pages move to per-request nonces (which would make every page dynamic).
 */
const policy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Pages refuse to be framed (clickjacking); only the embed pages, made for iframes, allow any host. */
const csp = [...policy, "frame-ancestors 'none'"].join("; ");
const embedCsp = [...policy, "frame-ancestors *"].join("; ");

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // `npm test` runs `tsc --noEmit` over the whole tree; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      // Every path but /embed and /embed/…: a negative lookahead, so the two rules never both apply
      // (X-Frame-Options DENY would override frame-ancestors in browsers that only know the former).
      {
        source: "/:path((?!embed(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: csp }, ...common, { key: "X-Frame-Options", value: "DENY" }],
      },
      {
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: embedCsp }, ...common],
      },
    ];
  },
};

export default nextConfig;
