import { getTranslations } from "next-intl/server";
import { guardRoute } from "@/lib/auth";
import { db } from "@/lib/db";
import { pick } from "@/lib/i18n-text";
import { myProject, preparedProbes } from "@/lib/projects/queries";
import { projectMarkdown } from "@/lib/projects/export";
import { STORY_FIELDS, type StoryField } from "@/lib/projects/fields";

/** A project and its prepared answers as a Markdown download (the caller's own projects only). */
export async function GET(request: Request, { params }: RouteContext<"/api/projects/[id]/markdown">) {
  return guardRoute(request, "signed-in", async (user) => {
    const { id } = await params;
    const project = await myProject(user.id, id);
    if (!project) return Response.json({ error: "not_found", message: "No such project." }, { status: 404 });
    const locale = new URL(request.url).searchParams.get("locale") === "en" ? "en" : "zh-CN";
    const t = await getTranslations({ locale, namespace: "projects" });
    const [directions, prepared] = await Promise.all([
      db.direction.findMany({ where: { slug: { in: project.directions } }, orderBy: { order: "asc" } }),
      preparedProbes(project.id),
    ]);
    const markdown = projectMarkdown(
      project.story,
      Object.fromEntries(STORY_FIELDS.map((f) => [f, t(`fields.${f}`)])) as Record<StoryField, string>,
      directions.map((d) => pick(locale, d.titleZh, d.titleEn)),
      prepared.map((p) => ({ question: locale === "en" && p.questionEn ? `${p.questionEn} (${p.question})` : p.question, answer: p.answer })),
      { directions: t("newDirections"), prepared: t("prepared"), untitled: t("untitled") },
    );
    return new Response(markdown, {
      headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="project-${project.id.slice(0, 8)}.md"`, "cache-control": "no-store" },
    });
  });
}
