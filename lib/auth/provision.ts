/**
 * Accounts from the command line (`npm run user:create`): create one — the first admin,
 * typically — change a role, or give a locked-out user a new password. There is no mail
 * here for a reset link, so an operator's reset is the way back in.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../db/client.ts";
import type { Auth } from "./config.ts";
import { isRole, type Role } from "./roles.ts";
import { clearAccountThrottle } from "./throttle.ts";

export type ProvisionInput = {
  email: string;
  role?: Role; // omitted: a new account is a candidate, an existing one keeps its role
  name?: string;
  password?: string;
  resetPassword?: boolean; // existing account: set a new (generated unless given) password
};

export type ProvisionResult = {
  created: boolean;
  role: Role;
  passwordChanged: boolean;
  generatedPassword?: string; // shown once, never stored in clear
  sessionsEnded: number;
};

const generatePassword = () => randomBytes(12).toString("base64url");

export async function provisionUser(db: Db, auth: Auth, input: ProvisionInput): Promise<ProvisionResult> {
  const email = input.email.toLowerCase();
  const existing = await db.user.findUnique({ where: { email } });
  if (!existing) {
    const password = input.password ?? generatePassword();
    const { user } = await auth.api.signUpEmail({ body: { email, password, name: input.name ?? email.split("@")[0]! } });
    const role = input.role ?? "candidate";
    await db.user.update({ where: { id: user.id }, data: { role } });
    return { created: true, role, passwordChanged: true, generatedPassword: input.password ? undefined : password, sessionsEnded: 0 };
  }

  const role = input.role ?? (isRole(existing.role) ? existing.role : "candidate");
  const newPassword = input.password ?? (input.resetPassword ? generatePassword() : undefined);
  // Hashed by the library, exactly as a sign-up or a password change would be.
  const hash = newPassword && (await (await auth.$context).password.hash(newPassword));
  // A new password and the end of every old session land together: whoever held the old
  // password (or a stolen session) is out the moment the owner can get back in.
  const sessionsEnded = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: existing.id }, data: { role } });
    if (!hash) return 0;
    const credential = await tx.account.findFirst({ where: { userId: existing.id, providerId: "credential" } });
    if (credential) await tx.account.update({ where: { id: credential.id }, data: { password: hash } });
    else await tx.account.create({ data: { id: randomUUID(), accountId: existing.id, providerId: "credential", userId: existing.id, password: hash } });
    return (await tx.session.deleteMany({ where: { userId: existing.id } })).count;
  });
  if (!hash) return { created: false, role, passwordChanged: false, sessionsEnded };
  // The owner's earlier wrong guesses no longer count against the account.
  await clearAccountThrottle(db, email);
  return { created: false, role, passwordChanged: true, generatedPassword: input.password ? undefined : newPassword, sessionsEnded };
}
