import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getDirection, listNotes } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { PageHeader } from "@/components/ui/page-header";
import { mentorsOf } from "@/lib/projects/access";
import { addTakeComment, shareTake, unshareTake } from "@/lib/projects/take-actions";
import { timeZoneOf } from "@/lib/time/viewer";
import { ShareSection } from "@/components/projects/share-section";
import { SharedComments } from "@/components/projects/shared-comments";
import { TakeEditor } from "../../_components/take-editor";

const DRAFT_KEYS = ["saving", "saved", "saveFailed", "stale", "useTheirs", "keepMine", "answeredElsewhere", "reload"] as const;
/** The length of an answer to "what do you think of this direction?" in an interview. */
const TAKE_SEC = 180;

export default async function DirectionTakePage({ params }: PageProps<"/[locale]/projects/takes/[direction]">) {
  const { locale, direction: slug } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/projects/takes/${slug}`);
  const direction = await getDirection(slug);
  if (!direction) notFound();
  const [t, tm, notes, take, mentors, timeZone] = await Promise.all([
    getTranslations({ locale, namespace: "projects" }),
    getTranslations({ locale, namespace: "mock" }),
    listNotes(),
    db.directionTake.findUnique({ where: { userId_direction: { userId: user.id, direction: slug } }, include: { shares: { select: { mentorId: true } }, comments: { orderBy: { createdAt: "asc" } } } }),
    mentorsOf(db, user.id),
    timeZoneOf(user.id),
  ]);
  const related = notes.filter((n) => n.directions.includes(slug));
  const title = pick(locale, direction.titleZh, direction.titleEn);
  return (
    <article>
      <PageHeader title={t("takeTitle", { direction: title })} intro={t("takeIntro")} />
      <p className="mb-6 text-sm"><Link href="/projects">← {t("back")}</Link></p>
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <TakeEditor
          direction={slug} initial={{ text: take?.text ?? "", version: take?.version ?? 0 }} limitSec={TAKE_SEC}
          labels={{ take: t("takeLabel"), left: tm("timeLeft"), over: tm("overTime"), draft: Object.fromEntries(DRAFT_KEYS.map((k) => [k, tm(k)])) as Record<(typeof DRAFT_KEYS)[number], string> }}
        />
        <aside className="text-sm">
          <h2 className="mb-1 font-semibold">{t("takeSubtopics")}</h2>
          <ul className="mb-4 list-disc pl-5">{direction.sections.subtopics.map((s) => <li key={s.title}>{s.title}</li>)}</ul>
          {related.length > 0 && (
            <>
              <h2 className="mb-1 font-semibold">{t("takeNotes")}</h2>
              <ul className="list-disc pl-5">{related.map((n) => <li key={n.slug}><Link href={`/notes/${n.slug}`}>{pick(locale, n.titleZh, n.titleEn)}</Link></li>)}</ul>
            </>
          )}
          <p className="mt-4"><Link href={`/directions/${slug}`}>{t("takeDirection")}</Link></p>
        </aside>
      </div>
      <ShareSection mentors={mentors} sharedWith={new Set(take?.shares.map((s) => s.mentorId))} share={shareTake} unshare={unshareTake} target={{ direction: slug }} intro={t("shareTakeIntro")} locale={locale} />
      {/* Comments need a take to hang on: the first autosave makes one. */}
      {take && <SharedComments comments={take.comments} action={addTakeComment} target={{ ownerId: user.id, direction: slug }} timeZone={timeZone} locale={locale} />}
    </article>
  );
}
