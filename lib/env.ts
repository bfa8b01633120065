/**
 * The only reader of process.env. Validated once; a bad value stops the process at start-up
 * with the name of the variable, not at the first request that needs it.
 */
import { z } from "zod";
import { DEFAULT_DATABASE_URL, dialectOf } from "./db/dialect.ts";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((url) => {
        try {
          dialectOf(url);
          return true;
        } catch {
          return false;
        }
      }, "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
    // Public origin of the app; auth checks request origins against it.
    APP_URL: z.url().default("http://localhost:3000"),
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    // Comma-separated extra origins allowed to call auth endpoints (e.g. a second host name).
    TRUSTED_ORIGINS: z.string().default(""),
    // Reverse proxies in front of the app that append the client to X-Forwarded-For (nginx's
    // $proxy_add_x_forwarded_for). 0: the TCP peer is the client and X-Forwarded-For is ignored.
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Auth throttling (README, "Sign-in throttling"). Per client address: all sign-in and
    // sign-up attempts in a window.
    AUTH_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(30),
    AUTH_IP_WINDOW_SECONDS: z.coerce.number().int().positive().default(10 * 60),
    // Per account and client (address, or a device that signed in before): failures before
    // each further one waits, from 1 minute doubling up to the cap; forgotten after the cap.
    AUTH_FAILURES_BEFORE_BACKOFF: z.coerce.number().int().positive().default(5),
    AUTH_MAX_BACKOFF_SECONDS: z.coerce.number().int().positive().default(15 * 60),
    // Per account, failures from clients it has never signed in from: above this, only its
    // known devices may still try.
    AUTH_ACCOUNT_CEILING: z.coerce.number().int().positive().default(100),
    AUTH_ACCOUNT_CEILING_WINDOW_SECONDS: z.coerce.number().int().positive().default(60 * 60),
    // Build output folder; the end-to-end tests build into their own so they never clobber .next.
    NEXT_DIST_DIR: z.string().default(".next"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message: "is required in production (npm start writes a local one to .env.local)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
