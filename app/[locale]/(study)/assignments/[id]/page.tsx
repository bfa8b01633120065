import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { myAssignments, threadOf } from "@/lib/mentor/queries";
import { trackItems, type TrackItem } from "@/lib/mentor/schema";
import { db } from "@/lib/db";
import { pick } from "@/lib/i18n-text";
import { formatCalendarDate } from "@/lib/time/format";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { CommentThread, commentThreadLabels } from "@/components/mentor/comment-thread";
import { StoredHtml } from "@/components/markdown/stored-html";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { markThreadRead } from "@/lib/mentor/unread";

export default async function AssignmentPage({ params }: PageProps<"/[locale]/assignments/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/assignments/${id}`);
  // Only assignments that apply to the caller are found at all.
  const assignment = (await myAssignments(user.id)).find((a) => a.id === id);
  if (!assignment) notFound();
  const t = await getTranslations({ locale, namespace: "mentor" });
  const items = assignment.kind === "track" ? trackItems(assignment.items) : [];
  const [questions, notes, comments] = await Promise.all([
    db.question.findMany({ where: { id: { in: items.filter((i) => i.kind !== "note").map((i) => i.id) } }, select: { id: true, titleZh: true, titleEn: true } }),
    db.note.findMany({ where: { slug: { in: items.filter((i) => i.kind === "note").map((i) => i.id) } }, select: { slug: true, titleZh: true, titleEn: true } }),
    threadOf(assignment.id, user.id),
  ]);
  const [timeZone, read] = await Promise.all([timeZoneOf(user.id), db.threadRead.findUnique({ where: { userId_assignmentId_candidateId: { userId: user.id, assignmentId: assignment.id, candidateId: user.id } } })]);
  // Opening the thread reads it; what was new stays marked on this page.
  await markThreadRead(db, user.id, assignment.id, user.id);
  const title = (i: TrackItem) => {
    const found = i.kind === "note" ? notes.find((n) => n.slug === i.id) : questions.find((q) => q.id === i.id);
    const name = found ? pick(locale, found.titleZh, found.titleEn) : i.id;
    return i.kind === "checks" ? t("checksOf", { title: name }) : name;
  };
  const href = (i: TrackItem) => (i.kind === "note" ? `/notes/${i.id}` : i.kind === "checks" ? `/questions/${i.id}#checks` : `/questions/${i.id}`);
  const hasChecks = assignment.cards.some((c) => c.startsWith("c:"));
  return (
    <article>
      <PageHeader title={assignment.title} intro={`${assignment.cohort.mentor.name} · ${assignment.cohort.name} · ${t("dueOn", { date: formatCalendarDate(assignment.dueDate, locale) })}`} />
      <p className="mb-4 text-sm">{t("progressLine", { seen: assignment.progress.seen, mastered: assignment.progress.mastered, total: assignment.progress.total })}</p>
      {assignment.note && <StoredHtml className="prose mb-6" html={assignment.noteHtml ?? plainTextHtml(assignment.note)} locale={locale} />}
      {assignment.kind === "plan" ? (
        <p><Link href={`/plans/${assignment.planSlug}`}>{t("openPlan")} →</Link></p>
      ) : (
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {items.map((i) => <li key={`${i.kind}:${i.id}`}><Link href={href(i)}>{title(i)}</Link></li>)}
        </ol>
      )}
      {hasChecks && <p className="mt-4"><Link href={`/drill?assignment=${assignment.id}`} className="rounded bg-accent px-4 py-2 text-sm text-accent-fg no-underline">{t("practiseChecks")}</Link></p>}
      <CommentThread id="thread" assignmentId={assignment.id} candidateId={user.id} comments={comments} viewerId={user.id} moderator={false} timeZone={timeZone} locale={locale} labels={commentThreadLabels(t)} readBefore={read?.readAt ?? null} />
    </article>
  );
}
