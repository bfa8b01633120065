/**
 * The better-auth instance, built for a given database so the app (lib/auth/server.ts) and
 * the command line (scripts/user-create.ts) share one configuration.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import type { Db } from "../db/client.ts";
import type { Dialect } from "../db/dialect.ts";

export type AuthSettings = {
  secret: string | undefined;
  baseURL: string;
  trustedOrigins: string[];
  dialect: Dialect;
};

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    secret: settings.secret,
    baseURL: settings.baseURL,
    trustedOrigins: [settings.baseURL, ...settings.trustedOrigins],
    database: prismaAdapter(db, { provider: settings.dialect }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
    },
    user: {
      // input: false — sign-up can never choose its own role; only an admin changes it.
      additionalFields: { role: { type: "string", defaultValue: "candidate", input: false } },
      deleteUser: { enabled: true },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Throttling lives in lib/auth/throttle.ts (stored in the database, per IP and per account).
    rateLimit: { enabled: false },
    advanced: {
      // Browsers accept Secure cookies from http://localhost too, so they are always Secure.
      useSecureCookies: true,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: true },
      // Session + user in one Prisma query instead of two: every guarded request reads both.
      database: { joins: true },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
