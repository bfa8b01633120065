/**
 * npm run user:create -- --email a@b.c [--role admin] [--name "Ann"] [--password …]
 * Creates an account from the command line (the first admin, typically), or changes the
 * role of an existing one. Prints a generated password when none is given.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadLocalEnv } from "./local-env.ts";
import { createDb } from "../lib/db/client.ts";
import { dialectOf } from "../lib/db/dialect.ts";
import { createAuth, PASSWORD_MIN } from "../lib/auth/config.ts";
import { ROLES } from "../lib/auth/roles.ts";

loadLocalEnv();
const { env } = await import("../lib/env.ts");
const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string", default: "candidate" }, name: { type: "string" }, password: { type: "string" } },
});
const input = z
  .object({
    email: z.email("--email must be an email address"),
    role: z.enum(ROLES, { message: `--role must be one of ${ROLES.join(", ")}` }),
    name: z.string().min(1).max(80).optional(),
    password: z.string().min(PASSWORD_MIN, `--password needs at least ${PASSWORD_MIN} characters`).max(128).optional(),
  })
  .safeParse(values);
if (!input.success) {
  for (const issue of input.error.issues) console.error(`✗ ${issue.message}`);
  process.exit(2);
}
const { email, role } = input.data;
const db = createDb(env.DATABASE_URL);
try {
  const existing = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (existing) {
    await db.user.update({ where: { id: existing.id }, data: { role } });
    console.log(`✓ ${email} exists; role is now ${role}${input.data.password ? " (password unchanged: change it in /settings)" : ""}`);
  } else {
    const password = input.data.password ?? randomBytes(12).toString("base64url");
    const auth = createAuth(db, { secret: env.BETTER_AUTH_SECRET ?? "cli-only-secret-never-signs-a-session", baseURL: env.APP_URL, trustedOrigins: [], dialect: dialectOf(env.DATABASE_URL) });
    const { user } = await auth.api.signUpEmail({ body: { email, password, name: input.data.name ?? email.split("@")[0]! } });
    await db.user.update({ where: { id: user.id }, data: { role } });
    console.log(`✓ created ${email} with role ${role}`);
    if (!input.data.password) console.log(`  password: ${password}   (shown once — sign in and change it in /settings)`);
  }
} finally {
  await db.$disconnect();
}
