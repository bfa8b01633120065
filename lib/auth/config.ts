/**
 * The better-auth instance, built for a given database so the app (lib/auth/server.ts) and
 * the command line (scripts/user-create.ts) share one configuration.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError } from "better-auth/api";
import { checkDisplayName, NAME_MAX } from "../text/display-name.ts";
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

const NAME_PROBLEM = {
  nameRequired: "name must contain a visible character",
  nameTooLong: `name is longer than ${NAME_MAX} characters`,
  nameInvalid: "name contains control or text-direction characters",
};

/**
 * The display-name rule (lib/text/display-name.ts) for every write of a user row that
 * better-auth makes — its sign-up and update-user endpoints as well as our own forms — so no
 * path around our forms stores an empty, huge or direction-flipping name.
 */
function cleanUserFields<T extends { name?: string; image?: string | null }>(data: T): { data: T } {
  if (data.image != null) throw new APIError("BAD_REQUEST", { message: "image cannot be set", code: "IMAGE_NOT_ALLOWED" });
  if (data.name === undefined) return { data };
  const checked = checkDisplayName(typeof data.name === "string" ? data.name : "");
  if (!checked.ok) throw new APIError("BAD_REQUEST", { message: NAME_PROBLEM[checked.reason], code: "INVALID_NAME" });
  return { data: { ...data, name: checked.name } };
}

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
      // Without auto sign-in, better-auth answers a sign-up for a registered e-mail exactly as
      // for a new one (and hashes the password either way), so the API does not confirm who is
      // registered. Our sign-up form signs in afterwards, through the sign-in throttle.
      autoSignIn: false,
      customSyntheticUser: ({ coreFields, id }) => ({ ...coreFields, role: "candidate", id }),
    },
    databaseHooks: {
      user: {
        create: { before: async (user) => cleanUserFields(user) },
        update: { before: async (user) => cleanUserFields(user) },
      },
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
