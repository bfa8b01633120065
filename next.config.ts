import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // NOTE: Next 16's built-in list covers @prisma/client, better-sqlite3 and pg, not the
  // adapters (stack notes); bundling them breaks their native/driver imports.
  serverExternalPackages: ["@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
