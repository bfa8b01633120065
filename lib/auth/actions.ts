"use server";
/**
 * Account actions behind the /signup, /login and /settings forms. Sign-up and sign-in are
 * the only actions open to anonymous callers, and both are throttled.
 */
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { APIError } from "better-auth/api";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { fail, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { errorTranslator } from "@/lib/actions/translate";
import { auth } from "./server";
import { guardAction } from "./index";
import { changePasswordSchema, deleteAccountSchema, signInSchema, signUpSchema } from "./schema";
import { checkSignIn, checkSignUp, recordSignInFailure, recordSignInSuccess } from "./throttle";
import { throttleLimits } from "./limits";
import { clientIp } from "./client-ip";

const form = (data: FormData) => Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === "string"));
const status = (error: unknown) => (error instanceof APIError ? error.statusCode : undefined);

export async function signUp(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const t = await errorTranslator();
  const parsed = signUpSchema.safeParse(form(data));
  if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
  const h = await headers();
  const verdict = await checkSignUp(db, throttleLimits(), clientIp(h));
  if (!verdict.allowed) return fail("rate_limited", t("tooMany"));
  try {
    await auth.api.signUpEmail({ body: { name: parsed.data.name, email: parsed.data.email, password: parsed.data.password }, headers: h });
  } catch (error) {
    if (status(error) === 422) return fail("conflict", t("emailTaken"), { email: [t("emailTaken")] });
    throw error;
  }
  redirect({ href: parsed.data.next ?? "/study", locale: await getLocale() });
  return { ok: true };
}

export async function signIn(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const t = await errorTranslator();
  const parsed = signInSchema.safeParse(form(data));
  if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
  const h = await headers();
  const limits = throttleLimits();
  const verdict = await checkSignIn(db, limits, parsed.data.email, clientIp(h));
  if (!verdict.allowed) return fail("rate_limited", t("tooMany"));
  try {
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: h });
  } catch (error) {
    if (status(error) === 401) {
      await recordSignInFailure(db, limits, parsed.data.email);
      return fail("invalid", t("wrongCredentials"));
    }
    throw error;
  }
  await recordSignInSuccess(db, parsed.data.email);
  redirect({ href: parsed.data.next ?? "/study", locale: await getLocale() });
  return { ok: true };
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect({ href: "/", locale: await getLocale() });
}

export async function changePassword(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction("signed-in", async () => {
    const t = await errorTranslator();
    const parsed = changePasswordSchema.safeParse(form(data));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    try {
      await auth.api.changePassword({
        body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
        headers: await headers(),
      });
    } catch (error) {
      if (status(error) === 400 || status(error) === 401) return fail("invalid", t("wrongPassword"), { currentPassword: [t("wrongPassword")] });
      throw error;
    }
    return { ok: true, message: t("passwordChanged") };
  });
}

export async function deleteAccount(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  const result = await guardAction("signed-in", async () => {
    const t = await errorTranslator();
    const parsed = deleteAccountSchema.safeParse(form(data));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    try {
      // Deleting the user row cascades to everything the user owns (sessions, reviews, plans …).
      await auth.api.deleteUser({ body: { password: parsed.data.password }, headers: await headers() });
    } catch (error) {
      if (status(error) === 400 || status(error) === 401) return fail("invalid", t("wrongPassword"), { password: [t("wrongPassword")] });
      throw error;
    }
    return { ok: true };
  });
  if (result.ok) redirect({ href: "/?deleted=1", locale: await getLocale() });
  return result;
}
