import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { queueFor, snapshotOf } from "@/lib/practice/review-service";
import { preview } from "@/lib/practice/scheduler";
import { loadCardContents } from "@/lib/practice/cards";
import { planOrderFor } from "@/lib/plans/order";
import { PageHeader } from "@/components/ui/page-header";
import { cardFaces } from "@/components/practice/card-faces";
import { inputLimits } from "@/lib/forms/limits";
import { gradeSchema } from "@/lib/practice/grade-schema";
import { ReviewSession, type SessionCard } from "@/components/practice/review-session";
import { sessionLabels } from "@/components/practice/session-labels";

export default async function ReviewPage({ params }: PageProps<"/[locale]/review">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/review");
  const t = await getTranslations({ locale, namespace: "review" });
  const now = new Date();
  const queue = await queueFor(db, user.id, now, { limit: 15, planOrder: await planOrderFor(db, user.id) });
  const ids = [...queue.dueIds, ...queue.newIds];
  const [contents, states] = await Promise.all([
    loadCardContents(ids),
    db.cardState.findMany({ where: { userId: user.id, cardId: { in: ids } } }),
  ]);
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const labels = await sessionLabels(locale);
  const cards: SessionCard[] = contents.map((c) => {
    const faces = cardFaces(c, locale, { hiddenPart: t("hiddenPart"), followUps: t("followUps") });
    const row = stateOf.get(c.id);
    return { ...faces, version: row?.version ?? 0, preview: preview(row ? snapshotOf(row) : null, now, queue.params) };
  });
  return (
    <>
      <PageHeader title={t("title")}>
        <p className="mt-2 text-sm text-muted" role="status">
          {t("counts", { due: queue.dueCount, fresh: queue.newLeftToday })}
          {" · "}
          <Link href="/study/settings">{t("settingsLink")}</Link>
        </p>
        {queue.schedule && (
          <p className="mt-3 rounded border border-accent px-3 py-2 text-sm">
            {t("interview", { days: queue.schedule.daysLeft, perDay: queue.schedule.newPerDay, reviews: queue.schedule.reviewsPerDay, unseen: queue.schedule.unseen })}
          </p>
        )}
      </PageHeader>
      <ReviewSession key={now.toISOString()} mode="review" cards={cards} serverNow={now.toISOString()} locale={locale} answerLimits={inputLimits(gradeSchema, "answer")} labels={labels} />
    </>
  );
}
