import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { nextCard, sessionState } from "@/lib/practice/review-service";
import { sessionCards } from "@/lib/practice/session-queries";
import { planOrderFor } from "@/lib/plans/order";
import { PageHeader } from "@/components/ui/page-header";
import { inputLimits } from "@/lib/forms/limits";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { ReviewSession } from "@/components/practice/review-session";
import { sessionLabels } from "@/components/practice/session-labels";
import { checkLabels } from "@/components/checks/check-labels-server";

export default async function ReviewPage({ params }: PageProps<"/[locale]/review">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/review");
  const t = await getTranslations({ locale, namespace: "review" });
  const now = new Date();
  const planOrder = () => planOrderFor(db, user.id);
  const [next, { counts, params: scheduling, schedule }] = await Promise.all([nextCard(db, user.id, now, undefined, { planOrder }), sessionState(db, user.id, now, { planOrder })]);
  const [first] = next ? await sessionCards(user.id, [next.cardId], now, scheduling) : [];
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="mt-2 text-sm"><Link href="/study/settings">{t("settingsLink")}</Link></p>
        {schedule && (
          <p className="mt-3 rounded border border-accent px-3 py-2 text-sm">
            {t("interview", { days: schedule.daysLeft, perDay: schedule.newPerDay, reviews: schedule.reviewsPerDay, unseen: schedule.unseen })}
          </p>
        )}
      </PageHeader>
      <ReviewSession
        first={first && next ? { ...first, version: next.version, preview: next.preview } : null}
        counts={counts} serverNow={now.toISOString()} locale={locale} answerLimits={inputLimits(gradeSchema, "answer")} labels={await sessionLabels(locale)} checkLabels={await checkLabels(locale)}
      />
    </>
  );
}
