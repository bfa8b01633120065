"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { toStoredDate } from "@/lib/time/calendar-date";
import { studyDate } from "@/lib/time/study-day";
import { DEFAULT_SETTINGS, settingsSchema } from "./settings";
import { onboardingSchema, planToStart } from "./onboarding";

/** Saves the signed-in user's own study settings (there is no way to name another user). */
export const saveStudySettings = defineAction({
  access: "signed-in",
  schema: settingsSchema,
  multi: ["directions", "levels"],
  async run(s, { user, t }) {
    const known = new Set((await db.direction.findMany({ where: { retiredAt: null }, select: { slug: true } })).map((d) => d.slug));
    if (s.directions.some((d) => !known.has(d))) return fail("invalid", t("checkFields"), { directions: [t("unknownDirection")] });
    const values = {
      desiredRetention: s.desiredRetention, newPerDay: s.newPerDay, maxIntervalDays: s.maxIntervalDays,
      directions: s.directions, levels: s.levels, includeFormulas: s.includeFormulas, includeChecks: s.includeChecks,
      interviewDate: s.interviewDate ? toStoredDate(s.interviewDate) : null, timeZone: s.timeZone,
    };
    await db.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...values }, update: values });
    revalidatePath("/[locale]/review", "page");
    return { ok: true, message: t("saved") };
  },
});

/**
 * Onboarding in one step: directions, interview date, time zone and a plan saved together,
 * then straight to the first review. The plan runs to the interview date (study settings).
 */
export const startStudying = defineAction({
  access: "signed-in",
  schema: onboardingSchema,
  multi: ["directions"],
  async run(input, { user, t }) {
    const [directions, plans] = await Promise.all([
      db.direction.findMany({ where: { retiredAt: null }, select: { slug: true } }),
      db.plan.findMany({ where: { retiredAt: null }, select: { slug: true, direction: true } }),
    ]);
    const known = new Set(directions.map((d) => d.slug));
    if (input.directions.some((d) => !known.has(d))) return fail("invalid", t("checkFields"), { directions: [t("unknownDirection")] });
    const plan = planToStart(input.plan, input.directions, plans);
    if (plan === undefined) return fail("invalid", t("checkFields"), { plan: [t("notFound")] });
    if (input.interviewDate && input.interviewDate <= studyDate(new Date(), input.timeZone)) {
      return fail("invalid", t("checkFields"), { interviewDate: [t("dateInPast")] });
    }
    const chosen = { directions: input.directions, interviewDate: input.interviewDate ? toStoredDate(input.interviewDate) : null, timeZone: input.timeZone };
    await db.$transaction(async (tx) => {
      await tx.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...DEFAULT_SETTINGS, ...chosen }, update: chosen });
      if (plan) {
        await tx.planEnrollment.upsert({
          where: { userId_planSlug: { userId: user.id, planSlug: plan } },
          create: { id: randomUUID(), userId: user.id, planSlug: plan, status: "active" },
          update: { status: "active" },
        });
      }
    });
    return redirect({ href: "/review", locale: await getLocale() });
  },
});
