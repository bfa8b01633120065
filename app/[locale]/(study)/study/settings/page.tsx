import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadSettings } from "@/lib/practice/review-service";
import { listDirections } from "@/lib/content/queries";
import { LEVELS } from "@/lib/content/schema";
import { pick } from "@/lib/i18n-text";
import { inputLimits } from "@/lib/forms/limits";
import { settingsSchema } from "@/lib/practice/settings";
import { timeZoneChoices } from "@/lib/time/zone";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsForm } from "./_components/settings-form";

const KEYS = ["retention", "retentionHint", "newPerDay", "maxInterval", "directions", "levels", "formulas", "checks", "interviewDate", "interviewHint", "timeZone", "save"] as const;

export default async function StudySettingsPage({ params }: PageProps<"/[locale]/study/settings">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/study/settings");
  const t = await getTranslations({ locale, namespace: "studySettings" });
  const tq = await getTranslations({ locale, namespace: "questions" });
  const [settings, saved, directions] = await Promise.all([loadSettings(db, user.id), db.studySettings.count({ where: { userId: user.id } }), listDirections()]);
  return (
    <>
      <PageHeader title={t("title")} />
      <SettingsForm
        values={{ ...settings, interviewDate: settings.interviewDate ?? "" }}
        directions={directions.map((d) => ({ value: d.slug, label: `${d.order}. ${pick(locale, d.titleZh, d.titleEn)}` }))}
        levels={LEVELS.map((l) => ({ value: l, label: tq(l) }))}
        timeZones={timeZoneChoices()}
        detectTimeZone={saved === 0}
        limits={{ desiredRetention: inputLimits(settingsSchema, "desiredRetention"), newPerDay: inputLimits(settingsSchema, "newPerDay"), maxIntervalDays: inputLimits(settingsSchema, "maxIntervalDays") }}
        labels={Object.fromEntries(KEYS.map((k) => [k, t(k)])) as Record<(typeof KEYS)[number], string>}
      />
    </>
  );
}
