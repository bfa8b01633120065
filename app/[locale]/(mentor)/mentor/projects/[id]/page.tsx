import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { projectReader } from "@/lib/projects/access";
import { myProject } from "@/lib/projects/queries";
import { timeZoneOf } from "@/lib/time/viewer";
import { StoryView } from "@/components/projects/story-view";
import { PageHeader } from "@/components/ui/page-header";
import { SharedComments } from "@/components/projects/shared-comments";
import { MentorProbes } from "@/components/projects/mentor-probes";
import { addProjectComment } from "@/lib/projects/actions";

/** A project a mentee shared, read only, with its comments. Unshared, it is not found. */
export default async function MentorProjectPage({ params }: PageProps<"/[locale]/mentor/projects/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mentor/projects/${id}`, ["mentor", "admin"]);
  const reader = await projectReader(db, user.id, id);
  if (reader?.as !== "mentor") notFound();
  const [t, owner, project, timeZone, comments] = await Promise.all([
    getTranslations({ locale, namespace: "projects" }),
    db.user.findUniqueOrThrow({ where: { id: reader.ownerId }, select: { name: true } }),
    myProject(reader.ownerId, id),
    timeZoneOf(user.id),
    db.projectComment.findMany({ where: { projectId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  if (!project) notFound();
  return (
    <article>
      <PageHeader title={project.story.title?.trim() || t("untitled")} intro={t("mentorView", { name: owner.name })} />
      <StoryView parts={project.parts} locale={locale} />
      <MentorProbes projectId={project.id} userId={user.id} owner={false} locale={locale} />
      <SharedComments comments={comments} action={addProjectComment} target={{ projectId: project.id }} timeZone={timeZone} locale={locale} />
    </article>
  );
}
