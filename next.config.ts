import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { securityHeaders } from "./lib/security-headers";

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
    return [{ source: "/:path*", headers: securityHeaders(env.NODE_ENV === "development") }];
  },
};

export default withNextIntl(nextConfig);
