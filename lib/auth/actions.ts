"use server";
/**
 * Account actions behind the /signup, /login and /settings forms. Sign-up and sign-in are
 * the only actions open to anonymous callers, and both are throttled.
 */
import { z } from "zod";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { APIError } from "better-auth/api";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define";
import { fail, type ActionResult } from "@/lib/actions/result";
import { auth } from "./server";
import { changePasswordSchema, deleteAccountSchema, signInSchema, signUpSchema } from "./schema";
import { checkSignIn, checkSignUp, recordSignInFailure, recordSignInSuccess } from "./throttle";
import { rememberDevice, requestIp, signInAttempt, throttleLimits } from "./throttle-request";
import { homeOf, isRole } from "./roles";
import { DEFAULT_SETTINGS } from "@/lib/practice/settings";

type Refused = Extract<ActionResult, { ok: false }>;
const refuse = (error: Refused["error"], message: string): Refused => ({ ok: false, error, message });

const status = (error: unknown) => (error instanceof APIError ? error.statusCode : undefined);

/**
 * A throttled sign-in with the library's own password check: what the sign-in form does, and
 * what the sign-up form does right after creating an account. Null when signed in.
 */
async function throttledSignIn(email: string, password: string, t: (key: string) => string): Promise<Refused | null> {
  const h = await headers();
  const limits = throttleLimits();
  const attempt = await signInAttempt(h, email);
  const verdict = await checkSignIn(db, limits, attempt);
  if (!verdict.allowed) return refuse("rate_limited", t("tooMany"));
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: h });
  } catch (error) {
    if (status(error) !== 401) throw error;
    await recordSignInFailure(db, limits, attempt);
    return refuse("invalid", t("wrongCredentials"));
  }
  await recordSignInSuccess(db, attempt);
  await rememberDevice(email);
  return null;
}

/** Where a user who just signed in goes when no page asked for it: their role's home. */
async function landingOf(email: string): Promise<string> {
  const user = await db.user.findUnique({ where: { email }, select: { role: true } });
  return homeOf(isRole(user?.role) ? user.role : "candidate");
}

/**
 * Sign-up answers the same whether or not the e-mail is registered (better-auth, autoSignIn
 * off), then signs in through the sign-in throttle: the owner of an existing account who
 * typed its password is simply signed in, and anyone probing which e-mails are registered
 * pays for each probe like a password guess.
 */
export const signUp = defineAction({
  access: "public",
  schema: signUpSchema,
  async run(input, { t }) {
    const verdict = await checkSignUp(db, throttleLimits(), requestIp(await headers()));
    if (!verdict.allowed) return fail("rate_limited", t("tooMany"));
    // Whole seconds: a database may store createdAt without the milliseconds.
    const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    await auth.api.signUpEmail({ body: { name: input.name, email: input.email, password: input.password } });
    const failed = await throttledSignIn(input.email, input.password, t);
    if (failed?.error === "invalid") return fail("invalid", t("signUpFailed"));
    if (failed) return failed;
    // An account made by this very request (not an existing one whose owner typed its
    // password) starts in the browser's time zone and goes on to onboarding.
    const account = await db.user.findUnique({ where: { email: input.email }, select: { id: true, createdAt: true } });
    const made = account && account.createdAt >= startedAt ? account : null;
    if (made && input.timeZone) {
      await db.studySettings.upsert({ where: { userId: made.id }, create: { userId: made.id, ...DEFAULT_SETTINGS, timeZone: input.timeZone }, update: {} });
    }
    return redirect({ href: input.next ?? (made ? "/welcome" : await landingOf(input.email)), locale: await getLocale() });
  },
});

export const signIn = defineAction({
  access: "public",
  schema: signInSchema,
  async run(input, { t }) {
    const failed = await throttledSignIn(input.email, input.password, t);
    return failed ?? redirect({ href: input.next ?? (await landingOf(input.email)), locale: await getLocale() });
  },
});

export const signOut = defineAction({
  access: "public",
  schema: z.object({}),
  async run() {
    await auth.api.signOut({ headers: await headers() });
    return redirect({ href: "/", locale: await getLocale() });
  },
});

export const changePassword = defineAction({
  access: "signed-in",
  schema: changePasswordSchema,
  async run(input, { t }) {
    try {
      await auth.api.changePassword({ body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true }, headers: await headers() });
    } catch (error) {
      if (status(error) === 400 || status(error) === 401) return fail("invalid", t("wrongPassword"), { currentPassword: [t("wrongPassword")] });
      throw error;
    }
    return { ok: true, message: t("passwordChanged") };
  },
});

export const deleteAccount = defineAction({
  access: "signed-in",
  schema: deleteAccountSchema,
  async run(input, { t }) {
    try {
      // Deleting the user row cascades to everything the user owns (sessions, reviews, plans …).
      await auth.api.deleteUser({ body: { password: input.password }, headers: await headers() });
    } catch (error) {
      if (status(error) === 400 || status(error) === 401) return fail("invalid", t("wrongPassword"), { password: [t("wrongPassword")] });
      throw error;
    }
    return redirect({ href: "/?deleted=1", locale: await getLocale() });
  },
});
