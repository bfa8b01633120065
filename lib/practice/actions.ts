"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define";
import { fail } from "@/lib/actions/result";
import { toStoredDate } from "@/lib/time/calendar-date";
import { settingsSchema } from "./settings";

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
      directions: s.directions, levels: s.levels, includeFormulas: s.includeFormulas,
      interviewDate: s.interviewDate ? toStoredDate(s.interviewDate) : null, timeZone: s.timeZone,
    };
    await db.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...values }, update: values });
    revalidatePath("/[locale]/review", "page");
    return { ok: true, message: t("saved") };
  },
});
