import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { queueFor } from "@/lib/practice/review-service";
import { planOrderFor } from "@/lib/plans/order";
import { PageHeader } from "@/components/ui/page-header";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { threadKey, unreadIn } from "@/lib/mentor/unread";
import { myAssignments } from "@/lib/mentor/queries";
import { leaveCohort } from "@/lib/mentor/actions";
import { fromStoredDate } from "@/lib/time/calendar-date";
import { formatCalendarDate } from "@/lib/time/format";
import { studyDate } from "@/lib/time/study-day";
import { timeZoneOf } from "@/lib/time/viewer";

export default async function StudyPage({ params }: PageProps<"/[locale]/study">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser("/study");
  const t = await getTranslations({ locale, namespace: "study" });
  const now = new Date();
  const [queue, assignments, memberships, timeZone] = await Promise.all([
    queueFor(db, user.id, now, { limit: 1, planOrder: await planOrderFor(db, user.id) }),
    myAssignments(user.id),
    db.cohortMember.findMany({ where: { userId: user.id }, include: { cohort: { include: { mentor: { select: { name: true } } } } } }),
    timeZoneOf(user.id),
  ]);
  const today = studyDate(now, timeZone);
  const unread = await unreadIn(db, user.id, assignments.map((a) => a.id), user.id);
  const tm = await getTranslations({ locale, namespace: "mentor" });
  const tiles = [
    { href: "/review", title: t("review"), text: t("reviewText", { due: queue.dueCount, fresh: queue.newAvailable }) },
    { href: "/plans", title: t("plans"), text: t("plansText") },
    { href: "/mock", title: t("mock"), text: t("mockText") },
    { href: "/progress", title: t("progress"), text: t("progressText") },
    { href: "/questions", title: t("drill"), text: t("drillText") },
    { href: "/study/settings", title: t("settings"), text: t("settingsText") },
  ];
  return (
    <>
      <PageHeader title={t("title")} intro={t("welcome", { name: user.name })} />
      {queue.schedule && <p className="mb-6 rounded border border-accent px-3 py-2 text-sm">{t("interview", { days: queue.schedule.daysLeft })}</p>}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.href} className="rounded-lg border border-line p-4">
            <Link href={tile.href} className="font-semibold">{tile.title}</Link>
            <p className="mt-1 text-sm text-muted">{tile.text}</p>
          </li>
        ))}
      </ul>
      {assignments.length > 0 && (
        <section className="mt-10" aria-labelledby="my-assignments">
          <h2 id="my-assignments" className="mb-2 text-lg font-semibold">{tm("myAssignments")}</h2>
          <ul className="divide-y divide-line border-y border-line">
            {assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                <span className="flex items-center gap-2">
                  <Link href={`/assignments/${a.id}`} className="font-medium" prefetch={false}>{a.title}</Link>
                  {(unread.get(threadKey(a.id, user.id)) ?? 0) > 0 && (
                    <Link href={`/assignments/${a.id}#thread`} prefetch={false} className="rounded bg-accent px-1.5 py-0.5 text-xs text-accent-fg" data-testid="unread-badge">{tm("unread", { n: unread.get(threadKey(a.id, user.id))! })}</Link>
                  )}
                </span>
                <span className={fromStoredDate(a.dueDate) < today ? "text-bad" : "text-muted"}>
                  {tm("dueOn", { date: formatCalendarDate(a.dueDate, locale) })} · {tm("progressLine", { seen: a.progress.seen, mastered: a.progress.mastered, total: a.progress.total })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {memberships.length > 0 && (
        <section className="mt-10" aria-labelledby="my-cohorts">
          <h2 id="my-cohorts" className="mb-2 text-lg font-semibold">{tm("myCohorts")}</h2>
          <ul className="space-y-2 text-sm">
            {memberships.map((m) => (
              <li key={m.cohortId} className="flex flex-wrap items-center gap-3">
                <span>{m.cohort.name} · {m.cohort.mentor.name}</span>
                <ConfirmAction action={leaveCohort} fields={{ cohortId: m.cohortId }} labels={{ open: tm("leaveCohort"), confirm: tm("leaveCohortConfirm", { mentor: m.cohort.mentor.name }), submit: tm("leaveCohort") }} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
