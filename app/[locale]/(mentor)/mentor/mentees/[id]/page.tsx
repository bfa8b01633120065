import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requireMentee, requirePageAccess, requirePageUser } from "@/lib/auth";
import { menteeDetail, threadOf } from "@/lib/mentor/queries";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { formatCalendarDate } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { BarChart } from "@/components/charts/bar-chart";
import { CommentThread, commentThreadLabels } from "@/components/mentor/comment-thread";
import { StoredHtml } from "@/components/markdown/stored-html";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { markThreadRead } from "@/lib/mentor/unread";
import { db } from "@/lib/db";
import { calibrationOf } from "@/lib/checks/calibration-queries";
import { CalibrationSection } from "@/components/checks/calibration-section";
import { questionTitles } from "@/lib/content/queries";

export default async function MenteePage({ params }: PageProps<"/[locale]/mentor/mentees/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mentor/mentees/${id}`, ["mentor", "admin"]);
  await requirePageAccess(() => requireMentee(user, id));
  const t = await getTranslations({ locale, namespace: "mentor" });
  const [detail, directions, calibration] = await Promise.all([menteeDetail(user.id, id), listDirections(), calibrationOf(id)]);
  const titles = await questionTitles(calibration.questions.slice(0, 5).map((q) => q.questionId));
  const dirLabel = new Map(directions.map((d) => [d.slug, pick(locale, d.titleZh, d.titleEn)]));
  const [shared, sharedTakes, tp] = await Promise.all([
    db.project.findMany({ where: { userId: id, shares: { some: { mentorId: user.id } } }, include: { parts: { where: { field: "title" }, select: { text: true } } }, orderBy: { updatedAt: "desc" } }),
    db.takeShare.findMany({ where: { userId: id, mentorId: user.id }, select: { direction: true } }),
    getTranslations({ locale, namespace: "projects" }),
  ]);
  const [threads, timeZone, reads] = await Promise.all([
    Promise.all(detail.assignments.map((a) => threadOf(a.id, id))),
    timeZoneOf(user.id),
    db.threadRead.findMany({ where: { userId: user.id, candidateId: id, assignmentId: { in: detail.assignments.map((a) => a.id) } } }),
  ]);
  const readAt = new Map(reads.map((r) => [r.assignmentId, r.readAt]));
  // Opening a mentee's page reads their threads; what was new stays marked on this page.
  await Promise.all(detail.assignments.map((a) => markThreadRead(db, user.id, a.id, id)));
  const s = detail.stats;
  return (
    <>
      <PageHeader title={detail.user.name} intro={detail.user.email} />
      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[[t("reviews7d"), s.reviews7d], [t("retention"), s.retention30d === null ? "—" : `${Math.round(s.retention30d * 100)}%`], [t("overdue"), s.overdue], [t("weakest"), s.weakest.map((d) => dirLabel.get(d)).join(" · ") || "—"]].map(([k, v]) => (
          <div key={String(k)} className="rounded border border-line p-3"><dt className="text-xs text-muted">{k}</dt><dd className="font-semibold">{v}</dd></div>
        ))}
      </dl>
      <section className="mb-8" aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">{t("history")}</h2>
        {detail.perDay.some(([, n]) => n > 0) ? <BarChart data={detail.perDay} label={t("historyLabel")} /> : <p className="text-sm text-muted">{t("noReviews")}</p>}
      </section>
      {shared.length > 0 && (
        <section className="mb-8" aria-labelledby="shared-projects">
          <h2 id="shared-projects" className="mb-2 text-lg font-semibold">{tp("sharedProjects")}</h2>
          <ul className="list-disc pl-5 text-sm" data-testid="shared-projects">
            {shared.map((p) => <li key={p.id}><Link href={`/mentor/projects/${p.id}`}>{p.parts[0]?.text.trim() || tp("untitled")}</Link></li>)}
          </ul>
        </section>
      )}
      {sharedTakes.length > 0 && (
        <section className="mb-8" aria-labelledby="shared-takes">
          <h2 id="shared-takes" className="mb-2 text-lg font-semibold">{tp("sharedTakes")}</h2>
          <ul className="list-disc pl-5 text-sm" data-testid="shared-takes">
            {sharedTakes.map((take) => <li key={take.direction}><Link href={`/mentor/takes/${id}/${take.direction}`}>{tp("takeTitle", { direction: dirLabel.get(take.direction) ?? take.direction })}</Link></li>)}
          </ul>
        </section>
      )}
      <CalibrationSection calibration={calibration} directions={directions} titles={titles} locale={locale} subject={detail.user.name} />
      <section aria-labelledby="mentee-assignments">
        <h2 id="mentee-assignments" className="mb-2 text-lg font-semibold">{t("assignments")}</h2>
        {detail.assignments.map((a, i) => (
          <article key={a.id} className="mb-6 rounded-lg border border-line p-4">
            <h3 className="font-semibold">{a.title}</h3>
            <p className="text-sm text-muted">{t("dueOn", { date: formatCalendarDate(a.dueDate, locale) })} · {t("progressLine", { seen: a.progress.seen, mastered: a.progress.mastered, total: a.progress.total })}</p>
            {a.note && <StoredHtml className="prose prose-sm mt-2" html={a.noteHtml ?? plainTextHtml(a.note)} locale={locale} />}
            <CommentThread id={`thread-${a.id}`} assignmentId={a.id} candidateId={id} comments={threads[i]!} viewerId={user.id} moderator timeZone={timeZone} locale={locale} labels={commentThreadLabels(t)} readBefore={readAt.get(a.id) ?? null} />
          </article>
        ))}
      </section>
    </>
  );
}
