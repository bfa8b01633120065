import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CurrentUser } from "@/lib/auth";
import { homeOf } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { pick } from "@/lib/i18n-text";
import { planOrderFor } from "@/lib/plans/order";
import { queueFor } from "@/lib/practice/review-service";

/** The home page of a signed-in user: what is waiting today and the way back in. */
export async function ContinuePanel({ user, locale }: { user: CurrentUser; locale: string }) {
  const t = await getTranslations({ locale, namespace: "home" });
  const now = new Date();
  const [queue, plans] = await Promise.all([
    queueFor(db, user.id, now, { limit: 1, planOrder: await planOrderFor(db, user.id) }),
    db.planEnrollment.findMany({ where: { userId: user.id, status: "active" }, orderBy: { startedAt: "asc" }, select: { planSlug: true } }),
  ]);
  const titles = await db.plan.findMany({ where: { slug: { in: plans.map((p) => p.planSlug) } }, select: { slug: true, titleZh: true, titleEn: true } });
  const waiting = queue.dueCount + queue.newAvailable;
  const workspace = homeOf(user.role);
  return (
    <section className="py-6" aria-labelledby="continue-title">
      <h1 id="continue-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("continueTitle", { name: user.name })}</h1>
      <p className="mt-3 text-lg" data-testid="continue-counts">{t("continueToday", { due: queue.dueCount, fresh: queue.newAvailable })}</p>
      {queue.schedule && <p className="mt-1 text-sm text-muted">{t("continueInterview", { days: queue.schedule.daysLeft })}</p>}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link href="/review" className="rounded bg-accent px-4 py-2 text-accent-fg">{waiting > 0 ? t("continueReview") : t("continueReviewEmpty")}</Link>
        <Link href="/mock" className="rounded border border-line px-4 py-2 hover:bg-surface-2">{t("continueMock")}</Link>
        <Link href="/questions" className="rounded border border-line px-4 py-2 hover:bg-surface-2">{t("startQuestions")}</Link>
        {workspace !== "/study" && <Link href={workspace} className="rounded border border-line px-4 py-2 hover:bg-surface-2">{t("continueWorkspace")}</Link>}
      </div>
      {titles.length > 0 && (
        <p className="mt-6 text-sm">
          {t("continuePlans")}{" "}
          {titles.map((p, i) => (
            <span key={p.slug}>{i > 0 && " · "}<Link href={`/plans/${p.slug}`}>{pick(locale, p.titleZh, p.titleEn)}</Link></span>
          ))}
        </p>
      )}
    </section>
  );
}
