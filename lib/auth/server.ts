import "server-only";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { dialectOf } from "../db/dialect.ts";
import { createAuth } from "./config.ts";
import { trustedOrigins } from "./origins.ts";

export const auth = createAuth(db, {
  secret: env.BETTER_AUTH_SECRET,
  baseURL: env.APP_URL,
  trustedOrigins: trustedOrigins().slice(1),
  dialect: dialectOf(env.DATABASE_URL),
});
