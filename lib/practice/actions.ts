"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { guardAction } from "@/lib/auth";
import { fail, fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { errorTranslator } from "@/lib/actions/translate";
import { settingsSchema } from "./settings";
import { toStoredDate } from "@/lib/time/calendar-date";

/** Saves the signed-in user's own study settings (there is no way to name another user). */
export async function saveStudySettings(_prev: ActionResult, data: FormData): Promise<ActionResult> {
  return guardAction("signed-in", async (user) => {
    const t = await errorTranslator();
    const parsed = settingsSchema.safeParse({
      desiredRetention: data.get("desiredRetention"),
      newPerDay: data.get("newPerDay"),
      maxIntervalDays: data.get("maxIntervalDays"),
      directions: data.getAll("directions"),
      levels: data.getAll("levels"),
      includeFormulas: data.get("includeFormulas"),
      interviewDate: data.get("interviewDate"),
      timeZone: data.get("timeZone"),
    });
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    const s = parsed.data;
    const known = new Set((await db.direction.findMany({ where: { retiredAt: null }, select: { slug: true } })).map((d) => d.slug));
    if (s.directions.some((d) => !known.has(d))) return fail("invalid", t("checkFields"), { directions: [t("unknownDirection")] });
    const values = {
      desiredRetention: s.desiredRetention, newPerDay: s.newPerDay, maxIntervalDays: s.maxIntervalDays,
      directions: s.directions as never, levels: s.levels as never, includeFormulas: s.includeFormulas,
      interviewDate: s.interviewDate ? toStoredDate(s.interviewDate) : null, timeZone: s.timeZone,
    };
    await db.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...values }, update: values });
    revalidatePath("/[locale]/review", "page");
    return { ok: true, message: t("saved") };
  });
}
