import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getDirection } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { takeReader } from "@/lib/projects/access";
import { addTakeComment } from "@/lib/projects/take-actions";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { timeZoneOf } from "@/lib/time/viewer";
import { StoredHtml } from "@/components/markdown/stored-html";
import { PageHeader } from "@/components/ui/page-header";
import { SharedComments } from "@/components/projects/shared-comments";

/** A direction take a mentee shared, read only, with its comments. Unshared, it is not found. */
export default async function MentorTakePage({ params }: PageProps<"/[locale]/mentor/takes/[candidate]/[direction]">) {
  const { locale, candidate, direction: slug } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mentor/takes/${candidate}/${slug}`, ["mentor", "admin"]);
  if ((await takeReader(db, user.id, candidate, slug)) !== "mentor") notFound();
  const [t, owner, take, direction, timeZone, comments] = await Promise.all([
    getTranslations({ locale, namespace: "projects" }),
    db.user.findUniqueOrThrow({ where: { id: candidate }, select: { name: true } }),
    db.directionTake.findUniqueOrThrow({ where: { userId_direction: { userId: candidate, direction: slug } } }),
    getDirection(slug),
    timeZoneOf(user.id),
    db.takeComment.findMany({ where: { userId: candidate, direction: slug }, orderBy: { createdAt: "asc" } }),
  ]);
  return (
    <article>
      <PageHeader title={t("takeTitle", { direction: direction ? pick(locale, direction.titleZh, direction.titleEn) : slug })} intro={t("mentorTakeView", { name: owner.name })} />
      <StoredHtml className="prose max-w-2xl rounded border border-line p-4" html={take.html ?? plainTextHtml(take.text)} locale={locale} />
      <SharedComments comments={comments} action={addTakeComment} target={{ ownerId: candidate, direction: slug }} timeZone={timeZone} locale={locale} />
    </article>
  );
}
