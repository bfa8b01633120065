/**
 * npm run user:create -- --email a@b.c [--role admin] [--name "Ann"] [--password … | --reset-password]
 * Creates an account (the first admin, typically), changes the role of an existing one, or
 * sets a new password for a locked-out user (ending their sessions). A generated password
 * is printed once.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadLocalEnv } from "./local-env.ts";
import { createDb } from "../lib/db/client.ts";
import { dialectOf } from "../lib/db/dialect.ts";
import { createAuth, PASSWORD_MAX, PASSWORD_MIN } from "../lib/auth/config.ts";
import { ROLES } from "../lib/auth/roles.ts";
import { provisionUser } from "../lib/auth/provision.ts";

loadLocalEnv();
const { env } = await import("../lib/env.ts");
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    "reset-password": { type: "boolean", default: false },
  },
});
const input = z
  .object({
    email: z.email("--email must be an email address"),
    role: z.enum(ROLES, { message: `--role must be one of ${ROLES.join(", ")}` }).optional(),
    name: z.string().min(1).max(80).optional(),
    password: z.string().min(PASSWORD_MIN, `--password needs at least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX).optional(),
    "reset-password": z.boolean(),
  })
  .safeParse(values);
if (!input.success) {
  for (const issue of input.error.issues) console.error(`✗ ${issue.message}`);
  process.exit(2);
}
const { email, role, name, password } = input.data;
const db = createDb(env.DATABASE_URL);
try {
  const auth = createAuth(db, { secret: env.BETTER_AUTH_SECRET ?? "cli-only-secret-never-signs-a-session", baseURL: env.APP_URL, trustedOrigins: [], dialect: dialectOf(env.DATABASE_URL) });
  const result = await provisionUser(db, auth, { email, role, name, password, resetPassword: input.data["reset-password"] });
  if (result.created) console.log(`✓ created ${email} with role ${result.role}`);
  else if (result.passwordChanged) console.log(`✓ ${email}: new password set, ${result.sessionsEnded} session(s) ended; role ${result.role}`);
  else console.log(`✓ ${email} exists; role is now ${result.role} (password unchanged: --reset-password sets a new one)`);
  if (result.generatedPassword) console.log(`  password: ${result.generatedPassword}   (shown once — sign in and change it in /settings)`);
} finally {
  await db.$disconnect();
}
