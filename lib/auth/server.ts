import "server-only";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { dialectOf } from "../db/dialect.ts";
import { createAuth } from "./config.ts";

export const auth = createAuth(db, {
  secret: env.BETTER_AUTH_SECRET,
  baseURL: env.APP_URL,
  trustedOrigins: env.TRUSTED_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
  dialect: dialectOf(env.DATABASE_URL),
});
