import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { securityHeaders } from "./lib/security/headers";
import { API_CONTENT_SECURITY_POLICY } from "./lib/security/csp";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // NOTE: Next 16's built-in list covers @prisma/client, better-sqlite3 and pg, not the
  // adapters (stack notes); bundling them breaks their native/driver imports.
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  distDir: env.NEXT_DIST_DIR,
  typedRoutes: false,
  // forbidden() renders the 403 page for a signed-in user without the right role.
  experimental: { authInterrupts: true },
  async headers() {
    // Pages get their Content-Security-Policy from proxy.ts (per page: hashes or a nonce).
    return [
      { source: "/:path*", headers: securityHeaders() },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
