import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { listDirections } from "@/lib/content/queries";
import { listPlans } from "@/lib/plans/queries";
import { loadSettings } from "@/lib/practice/review-service";
import { pick } from "@/lib/i18n-text";
import { timeZoneChoices } from "@/lib/time/zone";
import { PageHeader } from "@/components/ui/page-header";
import { WelcomeForm, type WelcomeLabels } from "./_components/welcome-form";

const KEYS = ["directions", "directionsHint", "interviewDate", "interviewHint", "plan", "planAuto", "planNone", "planHint", "timeZone", "start", "skip", "questions"] as const;

/** Onboarding: one form between sign-up and the first review. */
export default async function WelcomePage({ params }: PageProps<"/[locale]/welcome">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/welcome");
  const t = await getTranslations({ locale, namespace: "welcome" });
  const [settings, saved, directions, plans] = await Promise.all([loadSettings(db, user.id), db.studySettings.count({ where: { userId: user.id } }), listDirections(), listPlans()]);
  return (
    <>
      <PageHeader title={t("title", { name: user.name })} intro={t("intro")} />
      <WelcomeForm
        values={{ directions: settings.directions, interviewDate: settings.interviewDate ?? "", timeZone: settings.timeZone }}
        detectTimeZone={saved === 0}
        directions={directions.map((d) => ({ value: d.slug, label: pick(locale, d.titleZh, d.titleEn), count: d.questionCount }))}
        plans={plans.map((p) => ({ value: p.slug, direction: p.direction, label: pick(locale, p.titleZh, p.titleEn) }))}
        timeZones={timeZoneChoices()}
        labels={Object.fromEntries(KEYS.map((k) => [k, t.raw(k)])) as WelcomeLabels}
      />
    </>
  );
}
