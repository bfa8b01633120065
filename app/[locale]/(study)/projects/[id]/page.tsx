import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth";
import { listDirections } from "@/lib/content/queries";
import { pick } from "@/lib/i18n-text";
import { myProject } from "@/lib/projects/queries";
import { addProjectComment, deleteProject, setProjectDirections, shareProject, unshareProject } from "@/lib/projects/actions";
import { mentorsOf } from "@/lib/projects/access";
import { USER_MARKDOWN_LIMITS } from "@/lib/markdown/user-markdown";
import { db } from "@/lib/db";
import { timeZoneOf } from "@/lib/time/viewer";
import { SharedComments } from "@/components/projects/shared-comments";
import { ShareSection } from "@/components/projects/share-section";
import { MentorProbes } from "@/components/projects/mentor-probes";
import { PLAIN_FIELDS, STORY_FIELDS } from "@/lib/projects/fields";
import { PROBE_KINDS } from "@/lib/content/schema";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { StoryEditor, type StoryLabels } from "../_components/story-editor";

const DRAFT_KEYS = ["saving", "saved", "saveFailed", "stale", "useTheirs", "keepMine", "answeredElsewhere", "reload"] as const;

export default async function ProjectPage({ params }: PageProps<"/[locale]/projects/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(`/projects/${id}`);
  const project = await myProject(user.id, id);
  if (!project) notFound();
  const [t, tm, directions] = await Promise.all([
    getTranslations({ locale, namespace: "projects" }),
    getTranslations({ locale, namespace: "mock" }),
    listDirections(),
  ]);
  const labels: StoryLabels = {
    fields: Object.fromEntries(STORY_FIELDS.map((f) => [f, t(`fields.${f}`)])) as StoryLabels["fields"],
    hints: Object.fromEntries(STORY_FIELDS.map((f) => [f, t(`hints.${f}`)])) as StoryLabels["hints"],
    gapsTitle: t("gapsTitle"),
    gaps: Object.fromEntries(PROBE_KINDS.filter((k) => t.has(`gaps.${k}`)).map((k) => [k, t(`gaps.${k}`)])),
    complete: t("complete"),
    draft: Object.fromEntries(DRAFT_KEYS.map((k) => [k, tm(k)])) as StoryLabels["draft"],
  };
  const [mentors, shareRows, timeZone, comments] = await Promise.all([
    mentorsOf(db, user.id), db.projectShare.findMany({ where: { projectId: project.id } }), timeZoneOf(user.id),
    db.projectComment.findMany({ where: { projectId: project.id }, orderBy: { createdAt: "asc" } }),
  ]);
  // A field saved over a Markdown limit keeps its text; say why it cannot be typeset.
  const unrendered = STORY_FIELDS.filter((f) => !PLAIN_FIELDS.includes(f) && project.parts[f]?.text.trim() && !project.parts[f]?.html);
  return (
    <article>
      <PageHeader title={project.story.title?.trim() || t("untitled")} />
      <p className="mb-6 flex flex-wrap items-center gap-4 text-sm">
        <Link href="/projects">← {t("back")}</Link>
        <Link href={`/projects/${project.id}/grill`} className="rounded bg-accent px-3 py-1.5 text-accent-fg no-underline">{t("grillStart")}</Link>
        <Link href={`/projects/${project.id}/print`}>{t("exportLink")}</Link>
      </p>
      {unrendered.map((f) => <p key={f} role="alert" className="mb-3 rounded border border-warn p-2 text-sm">{t("fields." + f)}: {t("markdownProblem", { chars: USER_MARKDOWN_LIMITS.maxChars, depth: USER_MARKDOWN_LIMITS.maxDepth, formulas: USER_MARKDOWN_LIMITS.maxFormulas })}</p>)}
      <StoryEditor projectId={project.id} initial={project.parts} labels={labels} />
      <section aria-labelledby="directions" className="mt-8 max-w-xl">
        <h2 id="directions" className="mb-2 text-base font-semibold">{t("newDirections")}</h2>
        <ActionForm action={setProjectDirections} submit={t("directionsSave")} variant="secondary">
          <input type="hidden" name="projectId" value={project.id} />
          <div className="mb-3 grid gap-1 text-sm sm:grid-cols-2">
            {directions.map((d) => <label key={d.slug} className="flex items-center gap-2"><input type="checkbox" name="directions" value={d.slug} defaultChecked={project.directions.includes(d.slug)} /> {pick(locale, d.titleZh, d.titleEn)}</label>)}
          </div>
        </ActionForm>
      </section>
      <MentorProbes projectId={project.id} userId={user.id} owner locale={locale} />
      <ShareSection
        mentors={mentors} sharedWith={new Set(shareRows.map((r) => r.mentorId))} share={shareProject} unshare={unshareProject}
        target={{ projectId: project.id }} intro={t("shareIntro")} locale={locale}
      />
      <SharedComments comments={comments} action={addProjectComment} target={{ projectId: project.id }} timeZone={timeZone} locale={locale} />
      <div className="mt-10 text-sm">
        <ConfirmAction action={deleteProject} fields={{ projectId: project.id }} labels={{ open: t("delete"), confirm: t("deleteConfirm"), submit: t("delete") }} />
      </div>
    </article>
  );
}
