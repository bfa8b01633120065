"use server";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { loadSettings } from "@/lib/practice/review-service";
import { toStoredDate } from "@/lib/time/calendar-date";
import { studyDate } from "@/lib/time/study-day";
import { planStatusSchema, startPlanSchema } from "./schema";

/**
 * Start (or restart) a plan. A date given with it is the user's interview date — the one the
 * plan runs to and interview-date mode schedules for (study settings, one source of truth).
 */
export const startPlan = defineAction({
  access: "signed-in",
  schema: startPlanSchema,
  async run({ slug, interviewDate }, { user, t }) {
    const plan = await db.plan.findFirst({ where: { slug, retiredAt: null } });
    if (!plan) return fail("not_found", t("notFound"));
    const settings = await loadSettings(db, user.id);
    if (interviewDate && interviewDate <= studyDate(new Date(), settings.timeZone)) return fail("invalid", t("checkFields"), { interviewDate: [t("dateInPast")] });
    await db.$transaction(async (tx) => {
      await tx.planEnrollment.upsert({
        where: { userId_planSlug: { userId: user.id, planSlug: plan.slug } },
        create: { id: randomUUID(), userId: user.id, planSlug: plan.slug, status: "active" },
        update: { status: "active" },
      });
      if (interviewDate) {
        const stored = toStoredDate(interviewDate);
        await tx.studySettings.upsert({
          where: { userId: user.id },
          create: { userId: user.id, directions: [], levels: [], interviewDate: stored, timeZone: settings.timeZone },
          update: { interviewDate: stored },
        });
      }
    });
    // The plan page is static for everyone (and its CSP hashes its HTML): the panel refetches.
    return { ok: true, message: t("planStarted") };
  },
});

export const setPlanStatus = defineAction({
  access: "signed-in",
  schema: planStatusSchema,
  async run({ slug, status }, { user, t }) {
    // Scoped to the caller's own enrollment: there is no way to name another user's.
    const updated = await db.planEnrollment.updateMany({ where: { userId: user.id, planSlug: slug }, data: { status } });
    if (!updated.count) return fail("not_found", t("notFound"));
    return { ok: true, message: t(`plan_${status}`) };
  },
});
