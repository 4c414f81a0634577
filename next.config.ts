import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 and redis are Node-only; keep them out of the bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
