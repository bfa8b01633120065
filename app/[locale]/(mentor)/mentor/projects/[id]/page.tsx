import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { plainTextHtml } from "@/lib/markdown/user-markdown";
import { projectReader } from "@/lib/projects/access";
import { myProject } from "@/lib/projects/queries";
import { PLAIN_FIELDS, STORY_FIELDS } from "@/lib/projects/fields";
import { timeZoneOf } from "@/lib/time/viewer";
import { PageHeader } from "@/components/ui/page-header";
import { StoredHtml } from "@/components/markdown/stored-html";
import { ProjectComments } from "../../../../(study)/projects/_components/project-comments";

/** A project a mentee shared, read only, with its comments. Unshared, it is not found. */
export default async function MentorProjectPage({ params }: PageProps<"/[locale]/mentor/projects/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/mentor/projects/${id}`, ["mentor", "admin"]);
  const reader = await projectReader(db, user.id, id);
  if (reader?.as !== "mentor") notFound();
  const [t, owner, project, timeZone] = await Promise.all([
    getTranslations({ locale, namespace: "projects" }),
    db.user.findUniqueOrThrow({ where: { id: reader.ownerId }, select: { name: true } }),
    myProject(reader.ownerId, id),
    timeZoneOf(user.id),
  ]);
  if (!project) notFound();
  return (
    <article>
      <PageHeader title={project.story.title?.trim() || t("untitled")} intro={t("mentorView", { name: owner.name })} />
      {STORY_FIELDS.filter((f) => f !== "title" && project.parts[f]?.text.trim()).map((f) => {
        const part = project.parts[f]!;
        return (
          <section key={f} className="mt-5 max-w-3xl">
            <h2 className="text-base font-semibold">{t(`fields.${f}`)}</h2>
            <StoredHtml className="prose mt-1 max-w-none" html={!PLAIN_FIELDS.includes(f) && part.html ? part.html : plainTextHtml(part.text)} locale={locale} />
          </section>
        );
      })}
      <ProjectComments projectId={project.id} timeZone={timeZone} locale={locale} />
    </article>
  );
}
